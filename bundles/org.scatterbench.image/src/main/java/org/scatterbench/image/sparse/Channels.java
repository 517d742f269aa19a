package org.scatterbench.image.sparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.scatterbench.image.ImageFormatException;

/** Positional reads that either fill the buffer or say where the file ended. */
final class Channels {

    private Channels() {
    }

    static void readFully(FileChannel channel, ByteBuffer dst, long position, Path file) throws IOException {
        long pos = position;
        while (dst.hasRemaining()) {
            int n = channel.read(dst, pos);
            if (n < 0) {
                throw new ImageFormatException(file, ImageFormatException.UNKNOWN, pos,
                        "file ended at offset " + hex(pos) + " while " + dst.remaining()
                                + " more bytes were expected (was it changed while being read?)");
            }
            pos += n;
        }
    }

    static String hex(long v) {
        return org.scatterbench.image.Sizes.hex(v);
    }
}
