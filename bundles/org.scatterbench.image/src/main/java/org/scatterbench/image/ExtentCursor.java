package org.scatterbench.image;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * One pass over the expanded content of an image, extent by extent, in ascending offset order
 * with no gaps: the extents tile [0, expandedSize). Owns an open file; close it. Not thread-safe;
 * open one cursor per thread (an {@link ImageSource} hands out as many as needed).
 *
 * <pre>
 * try (ExtentCursor c = source.extents()) {
 *     while (c.next()) {
 *         Extent e = c.current();
 *         if (e.kind() == ExtentKind.DONT_CARE) continue;      // skip, like a device does
 *         while (c.read(buf.clear()) > 0) { buf.flip(); write(e.offset() + ..., buf); }
 *     }
 * }
 * </pre>
 *
 * Malformed content found on the way (a chunk changed since opening, a CRC32 chunk that does not
 * match) surfaces as {@link ImageFormatException} from {@link #next()} or {@link #read}.
 */
public interface ExtentCursor extends Closeable {

    /**
     * Moves to the next non-empty extent. Bytes of the current extent that were not read are
     * skipped (a sparse image with CRC32 chunks still reads them, to check the CRC).
     *
     * @return false when the image is exhausted; the whole structure has then been verified
     */
    boolean next() throws IOException;

    /** The extent {@link #next()} moved to. */
    Extent current();

    /**
     * Bytes of the current extent already produced by {@link #read}; the next read starts at
     * {@code current().offset() + position()}.
     */
    long position();

    /**
     * Puts up to {@code dst.remaining()} expanded bytes of the current extent into {@code dst}:
     * the file's bytes for DATA, the pattern for FILL, zeros for DONT_CARE.
     *
     * @return the number of bytes put, or -1 when the current extent is exhausted
     */
    int read(ByteBuffer dst) throws IOException;
}
