package org.scatterbench.image.sparse;

/**
 * One validated chunk of a sparse image.
 *
 * @param index        0-based position among the file's chunks
 * @param headerOffset file offset of the chunk header
 * @param type         chunk type
 * @param blocks       chunk_sz: output blocks covered (0 for CRC32)
 * @param dataOffset   file offset of the payload (after the chunk header and its extra bytes)
 * @param dataSize     payload bytes in the file: blocks × blk_sz for RAW, 4 for FILL and CRC32, 0 otherwise
 * @param firstBlock   first output block covered
 * @param value        the FILL pattern or the CRC32 value as the little-endian u32 on disk; 0 otherwise
 */
public record SparseChunk(long index, long headerOffset, ChunkType type, long blocks, long dataOffset, long dataSize,
        long firstBlock, int value) {

    /** The file offset just past this chunk, where the next chunk header starts. */
    public long endOffset() {
        return dataOffset + dataSize;
    }

    /** The 4 FILL pattern bytes in file (and output) order. */
    public byte[] patternBytes() {
        return new byte[] { (byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24) };
    }
}
