package org.scatterbench.image.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scatterbench.image.ContentTotals;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.Sizes;

/**
 * Identifies an image's content from its first {@link #HEAD_BYTES} and last 64 expanded bytes;
 * a sparse image is expanded on the fly for just those ranges (ANDROID-IMAGES.md A.6, C.7).
 */
public final class ContentProbe {

    /** Enough for the LP geometry (4096..8191) and the f2fs backup superblock (5120). */
    public static final int HEAD_BYTES = 12 * 1024;

    private ContentProbe() {
    }

    public static ImageInfo describe(Path file) throws IOException {
        return describe(ImageSource.open(file));
    }

    public static ImageInfo describe(ImageSource source) throws IOException {
        long expanded = source.expandedSize();
        ContentInfo content = probe(source::readAt, expanded);
        StringBuilder d = new StringBuilder();
        if (source.isSparse()) {
            ContentTotals t = source.totals();
            d.append("sparse image (").append(Sizes.mib(expanded)).append(" expanded: ").append(Sizes.mib(t.dataBytes()))
                    .append(" data, ").append(Sizes.mib(t.fillBytes())).append(" fill, ")
                    .append(Sizes.mib(t.dontCareBytes())).append(" don't care; ").append(t.chunks())
                    .append(" chunks) holding ");
        } else {
            d.append("raw image (").append(Sizes.bytesAndMib(expanded)).append("): ");
        }
        d.append(content.summary());
        return new ImageInfo(source.path(), Files.size(source.path()), source.isSparse(), expanded, content.kind(),
                d.toString(), content.filesystemSize(), content.usedEstimate(), content.label(), content.avbFooter());
    }

    /** Random access to bytes: puts the bytes at an offset into a buffer, -1 past the end. */
    @FunctionalInterface
    public interface ByteSource {
        int readAt(long offset, ByteBuffer dst) throws IOException;
    }

    /**
     * What {@code size} bytes reachable through {@code bytes} hold: reads the first
     * {@link #HEAD_BYTES}, the last 64, and for f2fs the checkpoint blocks. Works as well on a
     * partition read back from a device as on an image.
     */
    public static ContentInfo probe(ByteSource bytes, long size) throws IOException {
        byte[] headBytes = new byte[(int) Math.min(HEAD_BYTES, size)];
        Head head = new Head(headBytes, readFully(bytes, 0, headBytes));
        AvbFooter footer = null;
        if (size >= AvbFooter.SIZE) {
            byte[] tailBytes = new byte[AvbFooter.SIZE];
            footer = AvbFooter.parse(new Head(tailBytes, readFully(bytes, size - AvbFooter.SIZE, tailBytes)));
        }
        Sniffed found = sniff(head, bytes, size);
        String summary = found.summary();
        if (footer != null) {
            summary += "; AVB footer (original image " + footer.originalImageSize() + " bytes, vbmeta "
                    + footer.vbmetaSize() + " bytes at " + Sizes.hex(footer.vbmetaOffset()) + ")";
        }
        return new ContentInfo(found.kind(), summary, found.filesystemSize(), found.usedEstimate(), found.label(),
                footer);
    }

    private static Sniffed sniff(Head h, ByteSource source, long expanded) throws IOException {
        if (expanded == 0) {
            return Sniffed.plain(ContentKind.EMPTY, "empty");
        }
        Sniffed s = AndroidHeaders.vbmeta(h);
        if (s == null) {
            s = AndroidHeaders.boot(h);
        }
        if (s == null) {
            s = AndroidHeaders.mtkBoot(h);
        }
        if (s == null) {
            s = AndroidHeaders.lp(h);
        }
        // Four-byte magics before ext4's two-byte one.
        if (s == null) {
            s = Superblocks.f2fs(h, source);
        }
        if (s == null) {
            s = Superblocks.erofs(h);
        }
        if (s == null) {
            s = Superblocks.ext4(h);
        }
        if (s == null) {
            s = AndroidHeaders.disk(h);
        }
        if (s == null) {
            s = h.allZero() ? Sniffed.plain(ContentKind.BLANK, "blank content (the first " + h.length()
                    + " bytes are zero)") : Sniffed.plain(ContentKind.UNKNOWN, "unrecognised data");
        }
        return s;
    }

    private static int readFully(ByteSource source, long offset, byte[] into) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(into);
        while (b.hasRemaining()) {
            if (source.readAt(offset + b.position(), b) <= 0) {
                break;
            }
        }
        return b.position();
    }
}
