package org.scatterbench.image.sparse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.image.ContentTotals;
import org.scatterbench.image.Extent;
import org.scatterbench.image.ExtentCursor;
import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;

/**
 * A sparse image whose header and chunk headers were all validated when it was opened. The file
 * size seen then is remembered: a cursor refuses a file that has changed size since.
 */
public final class SparseImageSource implements ImageSource {

    private final Path path;
    private final SparseHeader header;
    private final long fileSize;
    private final ContentTotals totals;

    private SparseImageSource(Path path, SparseHeader header, long fileSize, ContentTotals totals) {
        this.path = path;
        this.header = header;
        this.fileSize = fileSize;
        this.totals = totals;
    }

    /** Opens and validates {@code file}; RAW payloads are bounds-checked, not read. */
    public static SparseImageSource open(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            SparseHeader header = SparseHeader.read(ch, file);
            SparseChunkScanner scanner = new SparseChunkScanner(ch, file, header);
            long data = 0;
            long fill = 0;
            long dontCare = 0;
            long definedEnd = 0;
            long chunks = 0;
            long crcChunks = 0;
            for (SparseChunk c = scanner.next(); c != null; c = scanner.next()) {
                chunks++;
                long bytes = Math.multiplyExact(c.blocks(), header.blockSize());
                switch (c.type()) {
                    case RAW -> data += bytes;
                    case FILL -> fill += bytes;
                    case DONT_CARE -> dontCare += bytes;
                    case CRC32 -> crcChunks++;
                    default -> throw new IllegalStateException(c.type().name());
                }
                if ((c.type() == ChunkType.RAW || c.type() == ChunkType.FILL) && bytes > 0) {
                    definedEnd = Math.multiplyExact(c.firstBlock() + c.blocks(), header.blockSize());
                }
            }
            return new SparseImageSource(file, header, ch.size(),
                    new ContentTotals(data, fill, dontCare, definedEnd, chunks, crcChunks));
        }
    }

    @Override
    public Path path() {
        return path;
    }

    public SparseHeader header() {
        return header;
    }

    @Override
    public long expandedSize() {
        return header.expandedSize();
    }

    @Override
    public boolean isSparse() {
        return true;
    }

    @Override
    public ContentTotals totals() {
        return totals;
    }

    @Override
    public List<Extent> extentMap() throws IOException {
        List<Extent> map = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            SparseChunkScanner scanner = new SparseChunkScanner(ch, path, sameHeader(ch));
            long bs = header.blockSize();
            for (SparseChunk c = scanner.next(); c != null; c = scanner.next()) {
                if (c.blocks() == 0) {
                    continue;
                }
                long offset = c.firstBlock() * bs;
                long length = c.blocks() * bs;
                switch (c.type()) {
                    case RAW -> map.add(Extent.data(offset, length));
                    case FILL -> map.add(Extent.fill(offset, length, c.patternBytes()));
                    case DONT_CARE -> map.add(Extent.dontCare(offset, length));
                    default -> throw new IllegalStateException(c.type().name());
                }
            }
        }
        return List.copyOf(map);
    }

    @Override
    public int readAt(long offset, ByteBuffer dst) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (offset >= expandedSize()) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), expandedSize() - offset);
        ByteBuffer window = dst.slice(dst.position(), n);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            SparseChunkScanner scanner = new SparseChunkScanner(ch, path, sameHeader(ch));
            long bs = header.blockSize();
            for (SparseChunk c = scanner.next(); c != null && window.hasRemaining(); c = scanner.next()) {
                long start = c.firstBlock() * bs;
                long end = start + c.blocks() * bs;
                long at = offset + window.position();
                if (c.type() == ChunkType.CRC32 || end <= at) {
                    continue;
                }
                int k = (int) Math.min(window.remaining(), end - at);
                long into = at - start;
                switch (c.type()) {
                    case RAW -> Channels.readFully(ch, window.slice(window.position(), k), c.dataOffset() + into, path);
                    case FILL -> {
                        byte[] p = c.patternBytes();
                        for (int i = 0; i < k; i++) {
                            window.put(window.position() + i, p[(int) ((into + i) & 3)]);
                        }
                    }
                    case DONT_CARE -> {
                        for (int i = 0; i < k; i++) {
                            window.put(window.position() + i, (byte) 0);
                        }
                    }
                    default -> throw new IllegalStateException(c.type().name());
                }
                window.position(window.position() + k);
            }
        }
        dst.position(dst.position() + n);
        return n;
    }

    @Override
    public ExtentCursor extents() throws IOException {
        FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        try {
            if (ch.size() != fileSize) {
                throw new ImageFormatException(path, "file size changed from " + fileSize + " to " + ch.size()
                        + " bytes since it was opened");
            }
            return new SparseExtentCursor(ch, path, sameHeader(ch), totals.crcChunks() > 0);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /** Re-reads the header and insists it is the one validated at open: sizes were promised from it. */
    private SparseHeader sameHeader(FileChannel ch) throws IOException {
        SparseHeader now = SparseHeader.read(ch, path);
        if (!now.equals(header) || ch.size() != fileSize) {
            throw new ImageFormatException(path, ImageFormatException.UNKNOWN, 0,
                    "the file changed since it was opened (header or size differ)");
        }
        return now;
    }

    @Override
    public String toString() {
        return "sparse image " + path + " (" + expandedSize() + " bytes expanded)";
    }
}
