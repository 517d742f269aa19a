package org.scatterbench.image.sparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

import org.scatterbench.image.ImageFormatException;

/**
 * Walks the chunk headers of a sparse image one at a time, validating each against A.3 of
 * ANDROID-IMAGES.md before handing it out. RAW payloads are never read here, only bounds-checked,
 * so a full walk costs one small read per chunk. Holds one chunk's state, however many chunks the
 * file declares.
 */
public final class SparseChunkScanner {

    private final FileChannel channel;
    private final Path file;
    private final SparseHeader header;
    private final long fileSize;
    private final ByteBuffer headerBuf;
    private final ByteBuffer valueBuf = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);

    private long nextIndex;
    private long nextOffset;
    private long nextBlock;
    private boolean finished;

    public SparseChunkScanner(FileChannel channel, Path file, SparseHeader header) throws IOException {
        this.channel = channel;
        this.file = file;
        this.header = header;
        this.fileSize = channel.size();
        this.headerBuf = ByteBuffer.allocate(SparseFormat.CHUNK_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        this.nextOffset = header.fileHeaderSize();
    }

    public SparseHeader header() {
        return header;
    }

    /**
     * The next validated chunk, or null after the last one. Returning null also means the chunks
     * covered exactly total_blks blocks; otherwise this throws.
     */
    public SparseChunk next() throws IOException {
        if (finished) {
            return null;
        }
        if (nextIndex == header.totalChunks()) {
            finished = true;
            if (nextBlock != header.totalBlocks()) {
                throw new ImageFormatException(file, ImageFormatException.UNKNOWN, nextOffset,
                        "the " + header.totalChunks() + " chunks cover " + nextBlock
                                + " blocks but the header declares total_blks " + header.totalBlocks()
                                + " (chunks end at offset " + Channels.hex(nextOffset) + ")");
            }
            return null;
        }
        SparseChunk chunk = readChunk(nextIndex, nextOffset);
        nextIndex++;
        nextOffset = chunk.endOffset();
        nextBlock += chunk.blocks();
        return chunk;
    }

    private SparseChunk readChunk(long index, long offset) throws IOException {
        String where = "chunk " + index + " at offset " + Channels.hex(offset);
        int hdrSize = header.chunkHeaderSize();
        if (offset > fileSize - hdrSize) {
            throw new ImageFormatException(file, index, offset, where + ": its " + hdrSize
                    + "-byte header runs past the end of the file at " + Channels.hex(fileSize) + " (" + fileSize
                    + " bytes; the header declares " + header.totalChunks() + " chunks)");
        }
        headerBuf.clear();
        Channels.readFully(channel, headerBuf, offset, file);
        int typeId = Short.toUnsignedInt(headerBuf.getShort(0));
        long blocks = Integer.toUnsignedLong(headerBuf.getInt(4));
        long totalSize = Integer.toUnsignedLong(headerBuf.getInt(8));
        ChunkType type = ChunkType.fromId(typeId);
        if (type == null) {
            throw new ImageFormatException(file, index, offset,
                    where + ": unknown chunk type " + String.format("0x%04X", typeId));
        }
        where = "chunk " + index + " (" + type + ") at offset " + Channels.hex(offset);
        if (totalSize < hdrSize) {
            throw new ImageFormatException(file, index, offset,
                    where + ": total_sz " + totalSize + " is smaller than its " + hdrSize + "-byte header");
        }
        long dataSize = totalSize - hdrSize;
        checkPayloadSize(type, blocks, dataSize, index, offset, where);
        long firstBlock = nextBlock;
        if (blocks > header.totalBlocks() - firstBlock) {
            throw new ImageFormatException(file, index, offset, where + ": covers " + blocks + " blocks from block "
                    + firstBlock + " but the image has only total_blks " + header.totalBlocks());
        }
        long dataOffset = offset + hdrSize;
        if (dataSize > fileSize - dataOffset) {
            throw new ImageFormatException(file, index, offset, where + " claims " + dataSize
                    + " data bytes from offset " + Channels.hex(dataOffset) + " but the file ends at "
                    + Channels.hex(fileSize) + " (" + fileSize + " bytes)");
        }
        int value = 0;
        if (type == ChunkType.FILL || type == ChunkType.CRC32) {
            valueBuf.clear();
            Channels.readFully(channel, valueBuf, dataOffset, file);
            value = valueBuf.getInt(0);
        }
        return new SparseChunk(index, offset, type, blocks, dataOffset, dataSize, firstBlock, value);
    }

    private void checkPayloadSize(ChunkType type, long blocks, long dataSize, long index, long offset, String where)
            throws ImageFormatException {
        long blkSz = header.blockSize();
        switch (type) {
            case RAW -> {
                if (dataSize % blkSz != 0) {
                    throw new ImageFormatException(file, index, offset, where + ": " + dataSize
                            + " data bytes are not a multiple of the block size " + blkSz);
                }
                // blocks × blk_sz can exceed 2^32 while total_sz cannot, so compare by division.
                if (dataSize / blkSz != blocks) {
                    throw new ImageFormatException(file, index, offset, where + ": chunk_sz " + blocks
                            + " blocks need " + describeProduct(blocks, blkSz) + " data bytes but the chunk carries "
                            + dataSize);
                }
            }
            case FILL -> {
                if (dataSize != 4) {
                    throw new ImageFormatException(file, index, offset,
                            where + ": carries " + dataSize + " data bytes, a FILL chunk carries exactly 4");
                }
            }
            case DONT_CARE -> {
                if (dataSize != 0) {
                    throw new ImageFormatException(file, index, offset,
                            where + ": carries " + dataSize + " data bytes, a DONT_CARE chunk carries none");
                }
            }
            case CRC32 -> {
                if (dataSize != 4) {
                    throw new ImageFormatException(file, index, offset,
                            where + ": carries " + dataSize + " data bytes, a CRC32 chunk carries exactly 4");
                }
                if (blocks != 0) {
                    throw new ImageFormatException(file, index, offset,
                            where + ": chunk_sz is " + blocks + ", a CRC32 chunk covers no blocks");
                }
            }
            default -> throw new IllegalStateException(type.name());
        }
    }

    private static String describeProduct(long blocks, long blkSz) {
        try {
            return Long.toString(Math.multiplyExact(blocks, blkSz));
        } catch (ArithmeticException e) {
            return blocks + " × " + blkSz;
        }
    }
}
