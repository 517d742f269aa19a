package org.scatterbench.layout.table;

import java.util.Objects;

import org.scatterbench.model.ByteRange;

/**
 * One contiguous write of partition-table bytes, as the table writers produce it and the write-table step and the emulator's image maker consume it. The bytes are copied in and out so a plan
 * cannot be changed after it was checked.
 */
public record TableWrite(ByteRange range, byte[] bytes) {

    public TableWrite {
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != range.length()) {
            throw new IllegalArgumentException("table write " + range + " carries " + bytes.length + " bytes");
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TableWrite && ((TableWrite) o).range.equals(range)
                && java.util.Arrays.equals(((TableWrite) o).bytes, bytes);
    }

    @Override
    public int hashCode() {
        return range.hashCode() * 31 + java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TableWrite" + range;
    }
}
