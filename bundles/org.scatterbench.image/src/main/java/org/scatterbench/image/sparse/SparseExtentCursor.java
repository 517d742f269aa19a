package org.scatterbench.image.sparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.scatterbench.image.Extent;
import org.scatterbench.image.ExtentCursor;
import org.scatterbench.image.ImageFormatException;

/**
 * Streams a sparse image chunk by chunk. Each chunk header is validated again as it is reached
 * (the file may have changed since the source was opened). When the image has CRC32 chunks, every
 * expanded byte goes through a running CRC (ANDROID-IMAGES.md A.3: FILL expanded, DONT_CARE as
 * zeros), including bytes the caller skipped, and each CRC32 chunk is compared on arrival.
 */
final class SparseExtentCursor implements ExtentCursor {

    /** Size of the pattern and zero templates FILL and DONT_CARE reads copy from. */
    private static final int TEMPLATE_SIZE = 64 * 1024;

    private final FileChannel channel;
    private final Path file;
    private final SparseChunkScanner scanner;
    private final long blockSize;
    private final CRC32 crc;
    private final byte[] zeros = new byte[TEMPLATE_SIZE];
    private final byte[] fillTemplate = new byte[TEMPLATE_SIZE + 4];

    private SparseChunk chunk;
    private Extent current;
    private long position;
    private ByteBuffer drainBuffer;
    private boolean closed;

    SparseExtentCursor(FileChannel channel, Path file, SparseHeader header, boolean checkCrc) throws IOException {
        this.channel = channel;
        this.file = file;
        this.scanner = new SparseChunkScanner(channel, file, header);
        this.blockSize = header.blockSize();
        this.crc = checkCrc ? new CRC32() : null;
    }

    @Override
    public boolean next() throws IOException {
        ensureOpen();
        if (current != null && crc != null) {
            drainIntoCrc();
        }
        current = null;
        position = 0;
        for (SparseChunk c = scanner.next(); c != null; c = scanner.next()) {
            if (c.type() == ChunkType.CRC32) {
                checkCrc(c);
                continue;
            }
            if (c.blocks() == 0) {
                continue;
            }
            chunk = c;
            long offset = Math.multiplyExact(c.firstBlock(), blockSize);
            long length = Math.multiplyExact(c.blocks(), blockSize);
            current = switch (c.type()) {
                case RAW -> Extent.data(offset, length);
                case FILL -> Extent.fill(offset, length, c.patternBytes());
                case DONT_CARE -> Extent.dontCare(offset, length);
                default -> throw new IllegalStateException(c.type().name());
            };
            if (c.type() == ChunkType.FILL) {
                byte[] p = c.patternBytes();
                for (int i = 0; i < fillTemplate.length; i++) {
                    fillTemplate[i] = p[i & 3];
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public Extent current() {
        if (current == null) {
            throw new IllegalStateException("no current extent: call next() first");
        }
        return current;
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        ensureOpen();
        Extent e = current();
        long left = e.length() - position;
        if (left == 0) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), left);
        if (n == 0) {
            return 0;
        }
        int start = dst.position();
        switch (e.kind()) {
            case DATA -> readData(dst, n);
            case FILL -> putTemplate(dst, n, fillTemplate, (int) (position & 3));
            case DONT_CARE -> putTemplate(dst, n, zeros, 0);
            default -> throw new IllegalStateException(e.kind().name());
        }
        if (crc != null) {
            crc.update(dst.duplicate().position(start).limit(start + n));
        }
        position += n;
        return n;
    }

    private void readData(ByteBuffer dst, int n) throws IOException {
        ByteBuffer window = dst.slice(dst.position(), n);
        long filePos = chunk.dataOffset() + position;
        Channels.readFully(channel, window, filePos, file);
        dst.position(dst.position() + n);
    }

    private static void putTemplate(ByteBuffer dst, int n, byte[] template, int phase) {
        int left = n;
        int ph = phase;
        while (left > 0) {
            int k = Math.min(left, template.length - 4);
            dst.put(template, ph, k);
            left -= k;
            // k is a multiple of 4 except on the last round, so the phase only matters up front.
            ph = (ph + k) & 3;
        }
    }

    /** Runs the rest of the current extent through the CRC, which needs every expanded byte. */
    private void drainIntoCrc() throws IOException {
        if (drainBuffer == null) {
            drainBuffer = ByteBuffer.allocate(TEMPLATE_SIZE);
        }
        while (read(drainBuffer.clear()) > 0) {
            // read() already fed the CRC.
        }
    }

    private void checkCrc(SparseChunk c) throws ImageFormatException {
        if (crc == null) {
            throw new ImageFormatException(file, c.index(), c.headerOffset(), "chunk " + c.index()
                    + " (CRC32) at offset " + Channels.hex(c.headerOffset())
                    + " was not there when the image was opened: the file changed while in use");
        }
        long expected = Integer.toUnsignedLong(c.value());
        long actual = crc.getValue();
        if (expected != actual) {
            throw new ImageFormatException(file, c.index(), c.headerOffset(), "chunk " + c.index()
                    + " (CRC32) at offset " + Channels.hex(c.headerOffset()) + " holds CRC "
                    + String.format("0x%08X", expected) + " but the " + Math.multiplyExact(c.firstBlock(), blockSize)
                    + " expanded bytes before it have CRC " + String.format("0x%08X", actual));
        }
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException(file + ": cursor is closed");
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        channel.close();
    }
}
