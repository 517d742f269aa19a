package org.scatterbench.image.raw;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.scatterbench.image.ContentTotals;
import org.scatterbench.image.Extent;
import org.scatterbench.image.ExtentCursor;
import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.Sizes;

/** A raw image: the file is the expanded content, streamed as a single DATA extent. */
public final class RawImageSource implements ImageSource {

    private final Path path;
    private final long size;

    private RawImageSource(Path path, long size) {
        this.path = path;
        this.size = size;
    }

    public static RawImageSource open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImageFormatException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
        return new RawImageSource(file, Files.size(file));
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public long expandedSize() {
        return size;
    }

    @Override
    public boolean isSparse() {
        return false;
    }

    @Override
    public ContentTotals totals() {
        return new ContentTotals(size, 0, 0, size, 0, 0);
    }

    @Override
    public List<Extent> extentMap() {
        return size == 0 ? List.of() : List.of(Extent.data(0, size));
    }

    @Override
    public int readAt(long offset, ByteBuffer dst) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (offset >= size) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), size - offset);
        ByteBuffer window = dst.slice(dst.position(), n);
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            while (window.hasRemaining()) {
                long at = offset + window.position();
                if (ch.read(window, at) < 0) {
                    throw new ImageFormatException(path, ImageFormatException.UNKNOWN, at, "file ended at offset "
                            + Sizes.hex(at) + " but it had " + size + " bytes when opened (changed while in use?)");
                }
            }
        }
        dst.position(dst.position() + n);
        return n;
    }

    @Override
    public ExtentCursor extents() throws IOException {
        return new Cursor(FileChannel.open(path, StandardOpenOption.READ));
    }

    @Override
    public String toString() {
        return "raw image " + path + " (" + size + " bytes)";
    }

    /** The one DATA extent; a file that shrinks while being read is reported, not padded. */
    private final class Cursor implements ExtentCursor {

        private final FileChannel channel;
        private Extent current;
        private boolean done;
        private long position;

        Cursor(FileChannel channel) {
            this.channel = channel;
        }

        @Override
        public boolean next() {
            current = null;
            position = 0;
            if (done || size == 0) {
                done = true;
                return false;
            }
            done = true;
            current = Extent.data(0, size);
            return true;
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
            long left = current().length() - position;
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(dst.remaining(), left);
            ByteBuffer window = dst.slice(dst.position(), n);
            while (window.hasRemaining()) {
                long at = position + window.position();
                if (channel.read(window, at) < 0) {
                    throw new ImageFormatException(path, ImageFormatException.UNKNOWN, at, "file ended at offset "
                            + Sizes.hex(at) + " but it had " + size + " bytes when opened (changed while in use?)");
                }
            }
            dst.position(dst.position() + n);
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            channel.close();
        }
    }
}
