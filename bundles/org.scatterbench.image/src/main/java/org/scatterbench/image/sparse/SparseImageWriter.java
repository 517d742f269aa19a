package org.scatterbench.image.sparse;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

import org.scatterbench.image.Extent;

/**
 * Writes a sparse image chunk by chunk, streaming: payloads go straight to the file and only the
 * running counts are kept. The header is written last (on {@link #close()}), when total_blks and
 * total_chunks are known.
 *
 * <pre>
 * try (SparseImageWriter w = SparseImageWriter.create(out, 4096, false)) {
 *     w.raw(bytes);            // whole blocks
 *     w.fill(0xDEADBEEF, 10);
 *     w.dontCare(1 &lt;&lt; 20);
 * }
 * </pre>
 *
 * Chunks longer than the format allows (chunk_sz and total_sz are u32) are split; RAW runs are cut
 * into chunks of at most {@link #MAX_RAW_CHUNK_BYTES}, as libsparse does.
 */
public final class SparseImageWriter implements Closeable {

    /** libsparse splits backed runs larger than this before writing. */
    public static final long MAX_RAW_CHUNK_BYTES = 64L * 1024 * 1024;
    private static final long MAX_U32 = 0xFFFF_FFFFL;

    private final Path file;
    private final FileChannel channel;
    private final int blockSize;
    private final CRC32 crc;
    private final ByteBuffer chunkHeader = ByteBuffer.allocate(SparseFormat.CHUNK_HEADER_SIZE)
            .order(ByteOrder.LITTLE_ENDIAN);
    private final ByteBuffer value = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    private long blocks;
    private long chunks;
    private boolean closed;

    private SparseImageWriter(Path file, FileChannel channel, int blockSize, boolean trackCrc) {
        this.file = file;
        this.channel = channel;
        this.blockSize = blockSize;
        this.crc = trackCrc ? new CRC32() : null;
    }

    /**
     * Creates (or truncates) {@code out}.
     *
     * @param trackCrc keep a running CRC so that {@link #crc()} can emit CRC32 chunks; costs a pass
     *                 over every expanded byte, DONT_CARE included
     */
    public static SparseImageWriter create(Path out, int blockSize, boolean trackCrc) throws IOException {
        if (blockSize <= 0 || blockSize % 4 != 0) {
            throw new IllegalArgumentException("block size must be a positive multiple of 4: " + blockSize);
        }
        FileChannel ch = FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        ch.position(SparseFormat.FILE_HEADER_SIZE);
        return new SparseImageWriter(out, ch, blockSize, trackCrc);
    }

    public int blockSize() {
        return blockSize;
    }

    /** Blocks written so far: the expanded offset of the next chunk is {@code blocksWritten() × blockSize}. */
    public long blocksWritten() {
        return blocks;
    }

    /** RAW chunks for {@code data}, whose remaining length must be a whole number of blocks. */
    public void raw(ByteBuffer data) throws IOException {
        ensureOpen();
        if (data.remaining() % blockSize != 0) {
            throw new IllegalArgumentException(data.remaining() + " bytes are not whole blocks of " + blockSize);
        }
        while (data.hasRemaining()) {
            int n = (int) Math.min(data.remaining(), MAX_RAW_CHUNK_BYTES);
            ByteBuffer part = data.slice(data.position(), n);
            long b = n / blockSize;
            reserveBlocks(b);
            writeChunkHeader(ChunkType.RAW, b, n);
            if (crc != null) {
                crc.update(part.duplicate());
            }
            while (part.hasRemaining()) {
                channel.write(part);
            }
            data.position(data.position() + n);
            commit(b);
        }
    }

    public void raw(byte[] data) throws IOException {
        raw(ByteBuffer.wrap(data));
    }

    /** FILL chunks: {@code pattern} as the little-endian u32 the format stores, over {@code count} blocks. */
    public void fill(int pattern, long count) throws IOException {
        ensureOpen();
        long left = requireCount(count);
        while (left > 0) {
            long b = Math.min(left, MAX_U32);
            reserveBlocks(b);
            writeChunkHeader(ChunkType.FILL, b, 4);
            writeValue(pattern);
            if (crc != null) {
                updateCrcWithPattern(pattern, Math.multiplyExact(b, (long) blockSize));
            }
            commit(b);
            left -= b;
        }
    }

    /** FILL with a pattern given as the 4 bytes the output starts with. */
    public void fill(byte[] pattern, long count) throws IOException {
        if (pattern.length != 4) {
            throw new IllegalArgumentException("a fill pattern has 4 bytes");
        }
        fill(ByteBuffer.wrap(pattern).order(ByteOrder.LITTLE_ENDIAN).getInt(), count);
    }

    /** DONT_CARE chunks over {@code count} blocks. */
    public void dontCare(long count) throws IOException {
        ensureOpen();
        long left = requireCount(count);
        while (left > 0) {
            long b = Math.min(left, MAX_U32);
            reserveBlocks(b);
            writeChunkHeader(ChunkType.DONT_CARE, b, 0);
            if (crc != null) {
                updateCrcWithPattern(0, Math.multiplyExact(b, (long) blockSize));
            }
            commit(b);
            left -= b;
        }
    }

    /**
     * Chunks for one extent, which must start where the previous one ended and cover whole
     * blocks. For DATA, {@code data} holds exactly the extent's bytes; it is ignored otherwise.
     */
    public void extent(Extent e, ByteBuffer data) throws IOException {
        long here = Math.multiplyExact(blocks, (long) blockSize);
        if (e.offset() != here || e.length() % blockSize != 0) {
            throw new IllegalArgumentException(e + " does not continue the image at " + here
                    + " with whole blocks of " + blockSize);
        }
        long count = e.length() / blockSize;
        switch (e.kind()) {
            case DATA -> {
                if (data == null || data.remaining() != e.length()) {
                    throw new IllegalArgumentException(e + " needs exactly " + e.length() + " data bytes");
                }
                raw(data);
            }
            case FILL -> fill(e.patternValue(), count);
            case DONT_CARE -> dontCare(count);
            default -> throw new IllegalStateException(e.kind().name());
        }
    }

    /** A CRC32 chunk holding the CRC of everything expanded so far. */
    public void crc() throws IOException {
        ensureOpen();
        if (crc == null) {
            throw new IllegalStateException("create the writer with trackCrc to emit CRC32 chunks");
        }
        writeChunkHeader(ChunkType.CRC32, 0, 4);
        writeValue((int) crc.getValue());
        chunks++;
    }

    /** Writes the header and closes the file. An image needs at least one block. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try (FileChannel ch = channel) {
            if (blocks == 0) {
                throw new IOException(file + ": a sparse image needs at least one block (total_blks 0 is invalid)");
            }
            ByteBuffer h = ByteBuffer.allocate(SparseFormat.FILE_HEADER_SIZE).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(SparseFormat.MAGIC).putShort((short) SparseFormat.MAJOR_VERSION).putShort((short) 0)
                    .putShort((short) SparseFormat.FILE_HEADER_SIZE).putShort((short) SparseFormat.CHUNK_HEADER_SIZE)
                    .putInt(blockSize).putInt((int) blocks).putInt((int) chunks).putInt(0).flip();
            while (h.hasRemaining()) {
                ch.write(h, h.position());
            }
        }
    }

    private long requireCount(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative block count " + count);
        }
        return count;
    }

    private void reserveBlocks(long b) {
        if (b > MAX_U32 - blocks) {
            throw new IllegalArgumentException("a sparse image holds at most " + MAX_U32 + " blocks; "
                    + blocks + " written, " + b + " more requested");
        }
    }

    private void commit(long b) {
        blocks += b;
        chunks++;
        if (chunks > MAX_U32) {
            throw new IllegalStateException("more chunks than a sparse header can count");
        }
    }

    private void writeChunkHeader(ChunkType type, long chunkBlocks, long dataBytes) throws IOException {
        chunkHeader.clear();
        chunkHeader.putShort((short) type.id()).putShort((short) 0).putInt((int) chunkBlocks)
                .putInt((int) (dataBytes + SparseFormat.CHUNK_HEADER_SIZE)).flip();
        while (chunkHeader.hasRemaining()) {
            channel.write(chunkHeader);
        }
    }

    private void writeValue(int v) throws IOException {
        value.clear();
        value.putInt(v).flip();
        while (value.hasRemaining()) {
            channel.write(value);
        }
    }

    private void updateCrcWithPattern(int pattern, long bytes) {
        ByteBuffer template = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        while (template.hasRemaining()) {
            template.putInt(pattern);
        }
        long left = bytes;
        while (left > 0) {
            int n = (int) Math.min(left, template.capacity());
            crc.update(template.array(), 0, n);
            left -= n;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("writer is closed");
        }
    }
}
