package org.scatterbench.emulator.storage;

import java.io.IOException;

import org.scatterbench.model.Region;

/**
 * One hardware area of the virtual phone's flash (eMMC boot1, boot2, RPMB or user area), addressed
 * in bytes from 0 to {@link #size()}. Callers check ranges first ({@link #checkRange}); an
 * implementation still refuses anything outside the area, so a protocol bug can never write past it.
 */
public interface StorageArea {

    Region region();

    long size();

    void read(long offset, byte[] dst, int dstOffset, int length) throws IOException;

    void write(long offset, byte[] src, int srcOffset, int length) throws IOException;

    /** Erases {@code length} bytes to zero, as an eMMC discard/erase reads back on these parts. */
    void erase(long offset, long length) throws IOException;

    /** True when [offset, offset + length) lies inside the area; overflow-safe. */
    default boolean contains(long offset, long length) {
        if (offset < 0 || length < 0) {
            return false;
        }
        long end;
        try {
            end = Math.addExact(offset, length);
        } catch (ArithmeticException e) {
            return false;
        }
        return end <= size();
    }

    /** Throws unless [offset, offset + length) lies inside the area. */
    default void checkRange(long offset, long length) {
        if (!contains(offset, length)) {
            throw new IndexOutOfBoundsException(String.format("%s: range 0x%X+0x%X outside the area of 0x%X bytes",
                    region(), offset, length, size()));
        }
    }
}
