package org.scatterbench.image.avb;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.scatterbench.image.ImageSource;

/**
 * Decides whether an image's AVB footer must be moved to the end of its partition, and provides
 * the image as it must then be written. libavb looks for the footer in the last 64 bytes of the
 * partition, so a boot/vendor_boot/dtbo image built smaller than the partition would fail
 * verification if written as is. Following fastboot ({@code copy_avb_footer}): only raw images
 * are rewritten; the result is the image, zeros, and a copy of the footer in the last 64 bytes.
 */
public final class AvbFooterPlacement {

    public static final int FOOTER_SIZE = 64;

    private AvbFooterPlacement() {
    }

    /** True when {@code image} is raw, ends with an AVB footer and is shorter than the partition. */
    public static boolean needsRelocation(ImageSource image, long partitionSize) throws IOException {
        return readFooter(image, partitionSize) != null;
    }

    /**
     * The image as it must be written to a partition of {@code partitionSize} bytes: the image
     * itself when nothing needs moving (sparse image, no footer, same size, or an image too big,
     * which the fit check refuses), else a source of exactly {@code partitionSize} bytes.
     */
    public static ImageSource forPartition(ImageSource image, long partitionSize) throws IOException {
        byte[] footer = readFooter(image, partitionSize);
        return footer == null ? image : new FooterRelocatedSource(image, partitionSize, footer);
    }

    private static byte[] readFooter(ImageSource image, long partitionSize) throws IOException {
        long size = image.expandedSize();
        if (image.isSparse() || size < FOOTER_SIZE || size >= partitionSize) {
            return null;
        }
        ByteBuffer tail = ByteBuffer.allocate(FOOTER_SIZE);
        while (tail.hasRemaining()) {
            if (image.readAt(size - FOOTER_SIZE + tail.position(), tail) <= 0) {
                return null;
            }
        }
        byte[] b = tail.array();
        boolean magic = b[0] == 'A' && b[1] == 'V' && b[2] == 'B' && b[3] == 'f';
        return magic ? b : null;
    }
}
