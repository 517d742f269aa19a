package org.scatterbench.image.sparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.scatterbench.image.ImageFormatException;

/**
 * The validated 28-byte file header of a sparse image. Unsigned on-disk fields are held as
 * {@code long}/{@code int} values that are never negative.
 *
 * @param majorVersion     always 1 once validated
 * @param minorVersion     0 today; higher values are accepted
 * @param fileHeaderSize   ≥ 28; the first chunk starts here
 * @param chunkHeaderSize  ≥ 12
 * @param blockSize        non-zero multiple of 4
 * @param totalBlocks      blocks in the expanded image, non-zero
 * @param totalChunks      chunk headers that follow
 * @param imageChecksum    libsparse writes 0 and never checks it; kept for display only
 */
public record SparseHeader(int majorVersion, int minorVersion, int fileHeaderSize, int chunkHeaderSize,
        long blockSize, long totalBlocks, long totalChunks, long imageChecksum) {

    /** Expanded size in bytes: total_blks × blk_sz, exact (checked when the header was read). */
    public long expandedSize() {
        return Math.multiplyExact(totalBlocks, blockSize);
    }

    /**
     * Reads and validates the header at the start of {@code channel}. Only the rules of A.3 that
     * concern the header are checked here; chunks are checked by {@link SparseChunkScanner}.
     */
    public static SparseHeader read(FileChannel channel, Path file) throws IOException {
        long fileSize = channel.size();
        if (fileSize < SparseFormat.FILE_HEADER_SIZE) {
            throw new ImageFormatException(file, ImageFormatException.UNKNOWN, 0,
                    "sparse header needs " + SparseFormat.FILE_HEADER_SIZE + " bytes but the file has only "
                            + fileSize);
        }
        ByteBuffer b = ByteBuffer.allocate(SparseFormat.FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        Channels.readFully(channel, b, 0, file);
        b.flip();
        int magic = b.getInt(0);
        if (magic != SparseFormat.MAGIC) {
            throw new ImageFormatException(file, ImageFormatException.UNKNOWN, 0,
                    String.format("not a sparse image: magic 0x%08X at offset 0x0, expected 0x%08X", magic,
                            SparseFormat.MAGIC));
        }
        int major = Short.toUnsignedInt(b.getShort(4));
        int minor = Short.toUnsignedInt(b.getShort(6));
        int fileHdr = Short.toUnsignedInt(b.getShort(8));
        int chunkHdr = Short.toUnsignedInt(b.getShort(10));
        long blkSz = Integer.toUnsignedLong(b.getInt(12));
        long totalBlks = Integer.toUnsignedLong(b.getInt(16));
        long totalChunks = Integer.toUnsignedLong(b.getInt(20));
        long checksum = Integer.toUnsignedLong(b.getInt(24));
        if (major != SparseFormat.MAJOR_VERSION) {
            throw bad(file, 4, "unsupported sparse major version " + major + " (only 1 is defined)");
        }
        if (fileHdr < SparseFormat.FILE_HEADER_SIZE) {
            throw bad(file, 8, "file_hdr_sz " + fileHdr + " is smaller than " + SparseFormat.FILE_HEADER_SIZE);
        }
        if (chunkHdr < SparseFormat.CHUNK_HEADER_SIZE) {
            throw bad(file, 10, "chunk_hdr_sz " + chunkHdr + " is smaller than " + SparseFormat.CHUNK_HEADER_SIZE);
        }
        if (blkSz == 0 || blkSz % 4 != 0) {
            throw bad(file, 12, "blk_sz " + blkSz + " is not a non-zero multiple of 4");
        }
        if (totalBlks == 0) {
            throw bad(file, 16, "total_blks is 0");
        }
        if (fileHdr > fileSize) {
            throw bad(file, 8, "file_hdr_sz " + fileHdr + " runs past the end of the file (" + fileSize + " bytes)");
        }
        // (2^32-1)^2 exceeds Long.MAX_VALUE, so the product must be checked, not assumed.
        try {
            Math.multiplyExact(totalBlks, blkSz);
        } catch (ArithmeticException e) {
            throw bad(file, 16, "total_blks " + totalBlks + " × blk_sz " + blkSz + " does not fit in 63 bits");
        }
        return new SparseHeader(major, minor, fileHdr, chunkHdr, blkSz, totalBlks, totalChunks, checksum);
    }

    private static ImageFormatException bad(Path file, long offset, String problem) {
        return new ImageFormatException(file, ImageFormatException.UNKNOWN, offset,
                "sparse header field at offset " + Channels.hex(offset) + ": " + problem);
    }
}
