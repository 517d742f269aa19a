package org.scatterbench.image;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds sparse files byte by byte, with every field under the test's control, so that broken
 * images can be made on purpose. Deliberately independent of SparseImageWriter.
 */
public final class Crafted {

    public int magic = 0xED26FF3A;
    public int major = 1;
    public int minor = 0;
    public int fileHdrSz = 28;
    public int chunkHdrSz = 12;
    public int blkSz = 4096;
    public long totalBlks = -1; // -1: sum of chunk_sz
    public long totalChunks = -1; // -1: number of chunks added
    private final ByteArrayOutputStream chunks = new ByteArrayOutputStream();
    private long chunkCount;
    private long blockSum;
    private long offset;

    public static Crafted sparse() {
        return new Crafted();
    }

    public Crafted blockSize(int b) {
        blkSz = b;
        return this;
    }

    /** File offset (relative to the end of the file header) of the next chunk. */
    public long nextChunkOffset() {
        return Math.max(28, fileHdrSz) + offset;
    }

    public Crafted chunk(int type, long chunkSz, long totalSz, byte[] payload) {
        ByteBuffer h = ByteBuffer.allocate(Math.max(12, chunkHdrSz)).order(ByteOrder.LITTLE_ENDIAN);
        h.putShort((short) type).putShort((short) 0).putInt((int) chunkSz).putInt((int) totalSz);
        chunks.writeBytes(h.array());
        chunks.writeBytes(payload);
        offset += h.capacity() + payload.length;
        chunkCount++;
        blockSum += chunkSz;
        return this;
    }

    public Crafted raw(byte[] data) {
        return chunk(0xCAC1, data.length / blkSz, chunkHdrSz + data.length, data);
    }

    public Crafted fill(int pattern, long blocks) {
        return chunk(0xCAC2, blocks, chunkHdrSz + 4, le32(pattern));
    }

    public Crafted dontCare(long blocks) {
        return chunk(0xCAC3, blocks, chunkHdrSz, new byte[0]);
    }

    public Crafted crc(int value) {
        return chunk(0xCAC4, 0, chunkHdrSz + 4, le32(value));
    }

    public byte[] bytes() {
        ByteBuffer h = ByteBuffer.allocate(Math.max(28, fileHdrSz)).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(magic).putShort((short) major).putShort((short) minor).putShort((short) fileHdrSz)
                .putShort((short) chunkHdrSz).putInt(blkSz).putInt((int) (totalBlks < 0 ? blockSum : totalBlks))
                .putInt((int) (totalChunks < 0 ? chunkCount : totalChunks)).putInt(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(chunks.toByteArray());
        return out.toByteArray();
    }

    public Path write(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    public static byte[] le32(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }

    /** Deterministic non-uniform bytes, so RAW blocks never look like fills. */
    public static byte[] data(int length, int seed) {
        byte[] b = new byte[length];
        java.util.Random r = new java.util.Random(seed);
        r.nextBytes(b);
        return b;
    }
}
