package org.scatterbench.image.sparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Turns a raw image into a sparse one, block by block, the way img2simg does: a block made of one
 * repeated 4-byte value becomes FILL (or DONT_CARE for zeros, when asked), runs of other blocks
 * become RAW. A last partial block is padded with zeros, so the expanded size is the raw size
 * rounded up to a whole block. Streams with a buffer of {@link #RUN_BYTES}.
 */
public final class RawToSparse {

    /** How all-zero blocks are written. */
    public enum ZeroBlocks {
        /** FILL with pattern 0: the expanded image equals the raw file. */
        FILL,
        /** DONT_CARE: the target keeps whatever it held there. */
        DONT_CARE
    }

    /** RAW runs are flushed at this size, which bounds the heap used. */
    static final int RUN_BYTES = 4 * 1024 * 1024;

    private RawToSparse() {
    }

    public static void convert(Path raw, Path out, int blockSize, ZeroBlocks zeros, boolean crcAtEnd)
            throws IOException {
        if (blockSize <= 0 || blockSize % 4 != 0 || blockSize > RUN_BYTES) {
            throw new IllegalArgumentException("block size must be a positive multiple of 4: " + blockSize);
        }
        try (FileChannel in = FileChannel.open(raw, StandardOpenOption.READ);
                SparseImageWriter w = SparseImageWriter.create(out, blockSize, crcAtEnd)) {
            ByteBuffer run = ByteBuffer.allocate(RUN_BYTES - RUN_BYTES % blockSize);
            ByteBuffer block = ByteBuffer.allocate(blockSize).order(ByteOrder.LITTLE_ENDIAN);
            Pending pending = new Pending(w, zeros);
            long size = in.size();
            for (long pos = 0; pos < size; pos += blockSize) {
                block.clear();
                while (block.hasRemaining() && in.read(block, pos + block.position()) > 0) {
                    // keep reading until the block is full or the file ends
                }
                while (block.hasRemaining()) {
                    block.put((byte) 0);
                }
                block.flip();
                Integer pattern = uniformPattern(block);
                if (pattern != null) {
                    flushRun(w, run);
                    pending.fill(pattern);
                } else {
                    pending.flush();
                    if (!run.hasRemaining()) {
                        flushRun(w, run);
                    }
                    run.put(block);
                }
            }
            flushRun(w, run);
            pending.flush();
            if (crcAtEnd) {
                w.crc();
            }
        }
    }

    private static void flushRun(SparseImageWriter w, ByteBuffer run) throws IOException {
        if (run.position() > 0) {
            run.flip();
            w.raw(run);
            run.clear();
        }
    }

    /** The block's u32 value when every u32 in it is the same, else null. */
    private static Integer uniformPattern(ByteBuffer block) {
        int first = block.getInt(0);
        for (int i = 4; i < block.limit(); i += 4) {
            if (block.getInt(i) != first) {
                return null;
            }
        }
        return first;
    }

    /** A run of uniform blocks with the same pattern, written as one chunk when it ends. */
    private static final class Pending {
        private final SparseImageWriter writer;
        private final ZeroBlocks zeros;
        private int pattern;
        private long count;

        Pending(SparseImageWriter writer, ZeroBlocks zeros) {
            this.writer = writer;
            this.zeros = zeros;
        }

        void fill(int p) throws IOException {
            if (count > 0 && p != pattern) {
                flush();
            }
            pattern = p;
            count++;
        }

        void flush() throws IOException {
            if (count == 0) {
                return;
            }
            if (pattern == 0 && zeros == ZeroBlocks.DONT_CARE) {
                writer.dontCare(count);
            } else {
                writer.fill(pattern, count);
            }
            count = 0;
        }
    }
}
