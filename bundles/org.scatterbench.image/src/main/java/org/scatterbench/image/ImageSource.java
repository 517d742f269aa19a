package org.scatterbench.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

import org.scatterbench.image.raw.RawImageSource;
import org.scatterbench.image.sparse.SparseImageSource;

/**
 * An image file seen as its expanded content. Opening validates the whole structure (a sparse
 * file's header and every chunk header) without reading payload, so a source that opened can be
 * sized and fit-checked before anything is written. A source holds no open file: every
 * {@link #extents()} call opens its own, so several devices can stream the same image at once.
 */
public interface ImageSource {

    /** Opens a raw or sparse image, told apart by the sparse magic at offset 0. */
    static ImageSource open(Path file) throws IOException {
        return ImageFiles.isSparse(file) ? SparseImageSource.open(file) : RawImageSource.open(file);
    }

    Path path();

    /** The number of bytes the image puts on a partition (a sparse image's total_blks × blk_sz). */
    long expandedSize();

    boolean isSparse();

    /** The split of the expanded bytes by kind, computed when the source was opened. */
    ContentTotals totals();

    /**
     * Random access to the expanded content, for sniffing headers and footers: puts the bytes at
     * {@code offset} into {@code dst} until it is full or the image ends. DONT_CARE reads as zeros.
     * A sparse image is located by walking chunk headers, so this suits a few small reads, not
     * streaming; CRC32 chunks are not checked here.
     *
     * @return bytes put, or -1 when {@code offset} is at or past the end of the image
     */
    int readAt(long offset, ByteBuffer dst) throws IOException;

    /**
     * The extents of the image without reading any payload (for a sparse image, from its chunk
     * headers): what a writer will send, what a verify must hash, what progress is measured in.
     * Holds one entry per non-empty chunk, so its size is that of the chunk count.
     */
    List<Extent> extentMap() throws IOException;

    /** A fresh pass over the expanded content; the caller closes it. */
    ExtentCursor extents() throws IOException;

    /** The fully expanded bytes as a stream, DONT_CARE ranges as zeros (what simg2img produces). */
    default InputStream openExpanded() throws IOException {
        return new ExpandedInputStream(extents());
    }

    /**
     * SHA-256 of the fully expanded content (DONT_CARE as zeros), streamed through a 1 MiB buffer.
     * Also a complete verification: any CRC32 chunk is checked on the way.
     */
    default byte[] sha256() throws IOException {
        MessageDigest digest = newSha256();
        ByteBuffer buf = ByteBuffer.allocate(1 << 20);
        try (ExtentCursor cursor = extents()) {
            while (cursor.next()) {
                while (cursor.read(buf.clear()) > 0) {
                    digest.update(buf.flip());
                }
            }
        }
        return digest.digest();
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new UncheckedIOException(new IOException("SHA-256 unavailable", e));
        }
    }
}
