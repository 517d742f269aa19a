package org.scatterbench.layout.table;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/** Positioned reads from a disk image or device channel, with errors that say where. */
final class Disk {

    private final SeekableByteChannel channel;
    private final long size;
    private final String name;

    Disk(SeekableByteChannel channel, long size, String name) {
        this.channel = channel;
        this.size = size;
        this.name = name;
    }

    long size() {
        return size;
    }

    String name() {
        return name;
    }

    /** Reads exactly {@code length} bytes at {@code offset}; short images are a format error, not EOF. */
    byte[] read(long offset, int length, String what) throws TableFormatException {
        if (offset < 0 || Math.addExact(offset, (long) length) > size) {
            throw new TableFormatException(String.format("%s: %s at byte 0x%X+0x%X lies beyond the end of the "
                    + "disk (0x%X bytes)", name, what, offset, length, size));
        }
        ByteBuffer buf = ByteBuffer.allocate(length);
        try {
            channel.position(offset);
            while (buf.hasRemaining()) {
                if (channel.read(buf) < 0) {
                    throw new TableFormatException(String.format("%s: unexpected end of data reading %s at 0x%X",
                            name, what, offset + buf.position()));
                }
            }
        } catch (IOException e) {
            throw new TableFormatException(String.format("%s: cannot read %s at 0x%X: %s", name, what, offset,
                    e.getMessage()), e);
        }
        return buf.array();
    }
}
