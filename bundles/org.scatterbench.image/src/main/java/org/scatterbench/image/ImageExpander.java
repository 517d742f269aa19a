package org.scatterbench.image;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Writes an image's expanded content into a file channel at an offset: what simg2img does, and
 * what a host-side flash of a sparse image does to a partition. Memory use is the caller's buffer.
 */
public final class ImageExpander {

    /** What to do with DONT_CARE ranges. */
    public enum DontCare {
        /** Leave the target's bytes alone, as a device does. */
        SKIP,
        /** Write zeros, for a deterministic result (e.g. a readback compare). */
        ZEROS
    }

    private ImageExpander() {
    }

    /**
     * Expands {@code source} into {@code target} starting at {@code targetOffset}.
     *
     * @return the number of bytes written (DATA + FILL, plus DONT_CARE when writing zeros)
     */
    public static long expandTo(ImageSource source, FileChannel target, long targetOffset, DontCare dontCare,
            ByteBuffer buffer) throws IOException {
        if (targetOffset < 0) {
            throw new IllegalArgumentException("negative target offset " + targetOffset);
        }
        Math.addExact(targetOffset, source.expandedSize());
        long written = 0;
        try (ExtentCursor cursor = source.extents()) {
            while (cursor.next()) {
                Extent e = cursor.current();
                if (e.kind() == ExtentKind.DONT_CARE && dontCare == DontCare.SKIP) {
                    continue;
                }
                long at = targetOffset + e.offset();
                while (cursor.read(buffer.clear()) > 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        at += target.write(buffer, at);
                    }
                }
                written += e.length();
            }
        }
        return written;
    }
}
