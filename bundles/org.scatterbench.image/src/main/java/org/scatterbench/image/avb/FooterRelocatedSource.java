package org.scatterbench.image.avb;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.image.ContentTotals;
import org.scatterbench.image.Extent;
import org.scatterbench.image.ExtentCursor;
import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;

/**
 * A raw image with an AVB footer, presented at the size of its partition: the image's bytes,
 * zeros up to the partition's last 64 bytes, then the footer again (what fastboot's
 * {@code copy_avb_footer} writes). Obtain one through {@link AvbFooterPlacement}.
 */
final class FooterRelocatedSource implements ImageSource {

    private static final byte[] ZERO_PATTERN = new byte[4];

    private final ImageSource image;
    private final long partitionSize;
    private final byte[] footer;

    FooterRelocatedSource(ImageSource image, long partitionSize, byte[] footer) {
        this.image = image;
        this.partitionSize = partitionSize;
        this.footer = footer.clone();
    }

    private long padStart() {
        return image.expandedSize();
    }

    private long footerStart() {
        return partitionSize - AvbFooterPlacement.FOOTER_SIZE;
    }

    @Override
    public Path path() {
        return image.path();
    }

    @Override
    public long expandedSize() {
        return partitionSize;
    }

    @Override
    public boolean isSparse() {
        return false;
    }

    @Override
    public ContentTotals totals() {
        ContentTotals t = image.totals();
        return new ContentTotals(t.dataBytes() + footer.length, t.fillBytes() + (footerStart() - padStart()),
                t.dontCareBytes(), partitionSize, t.chunks(), t.crcChunks());
    }

    @Override
    public List<Extent> extentMap() throws IOException {
        List<Extent> map = new ArrayList<>(image.extentMap());
        map.addAll(tail());
        return List.copyOf(map);
    }

    /** The padding and the moved footer; the padding is absent when the image ends right before it. */
    private List<Extent> tail() {
        List<Extent> t = new ArrayList<>();
        if (footerStart() > padStart()) {
            t.add(Extent.fill(padStart(), footerStart() - padStart(), ZERO_PATTERN));
        }
        t.add(Extent.data(footerStart(), footer.length));
        return t;
    }

    @Override
    public int readAt(long offset, ByteBuffer dst) throws IOException {
        if (offset < 0) {
            throw new IllegalArgumentException("negative offset " + offset);
        }
        if (offset >= partitionSize) {
            return -1;
        }
        int n = (int) Math.min(dst.remaining(), partitionSize - offset);
        for (int i = 0; i < n;) {
            long at = offset + i;
            if (at < padStart()) {
                int k = (int) Math.min(n - i, padStart() - at);
                ByteBuffer part = dst.slice(dst.position() + i, k);
                while (part.hasRemaining()) {
                    if (image.readAt(at + part.position(), part) <= 0) {
                        throw new ImageFormatException(path(), "ended before its stated size");
                    }
                }
                i += k;
            } else if (at < footerStart()) {
                int k = (int) Math.min(n - i, footerStart() - at);
                for (int j = 0; j < k; j++) {
                    dst.put(dst.position() + i + j, (byte) 0);
                }
                i += k;
            } else {
                dst.put(dst.position() + i, footer[(int) (at - footerStart())]);
                i++;
            }
        }
        dst.position(dst.position() + n);
        return n;
    }

    @Override
    public ExtentCursor extents() throws IOException {
        return new Cursor(image.extents());
    }

    @Override
    public String toString() {
        return image + " with its AVB footer moved to the end of a " + partitionSize + "-byte partition";
    }

    /** The image's own extents, then the tail; reads of the tail come from the footer copy. */
    private final class Cursor implements ExtentCursor {

        private final ExtentCursor inner;
        private final List<Extent> tail = tail();
        private boolean innerDone;
        private int tailIndex = -1;
        private long position;

        Cursor(ExtentCursor inner) {
            this.inner = inner;
        }

        @Override
        public boolean next() throws IOException {
            if (!innerDone) {
                if (inner.next()) {
                    return true;
                }
                innerDone = true;
            }
            position = 0;
            tailIndex++;
            return tailIndex < tail.size();
        }

        @Override
        public Extent current() {
            if (!innerDone) {
                return inner.current();
            }
            if (tailIndex < 0 || tailIndex >= tail.size()) {
                throw new IllegalStateException("no current extent");
            }
            return tail.get(tailIndex);
        }

        @Override
        public long position() {
            return innerDone ? position : inner.position();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            if (!innerDone) {
                return inner.read(dst);
            }
            Extent e = current();
            long left = e.length() - position;
            if (left == 0) {
                return -1;
            }
            int n = (int) Math.min(dst.remaining(), left);
            for (int i = 0; i < n; i++) {
                long at = e.offset() + position + i;
                dst.put(at >= footerStart() ? footer[(int) (at - footerStart())] : 0);
            }
            position += n;
            return n;
        }

        @Override
        public void close() throws IOException {
            inner.close();
        }
    }
}
