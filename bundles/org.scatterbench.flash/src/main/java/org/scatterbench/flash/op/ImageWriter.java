package org.scatterbench.flash.op;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.scatterbench.flash.FlashException;
import org.scatterbench.image.Extent;
import org.scatterbench.image.ExtentCursor;
import org.scatterbench.image.ExtentKind;
import org.scatterbench.image.ImageSource;
import org.scatterbench.model.ByteRange;

/**
 * Streams an image into a partition straight from disk: sparse images are expanded extent by
 * extent (DONT_CARE ranges are skipped, as a phone's own flasher does), no temporary file.
 */
final class ImageWriter {

    private ImageWriter() {
    }

    static void write(ImageSource image, ByteRange partition, String name, DeviceIo io)
            throws FlashException, Cancelled {
        byte[] buf = new byte[DeviceIo.COMMAND_BYTES];
        try (ExtentCursor c = image.extents()) {
            while (c.next()) {
                Extent e = c.current();
                if (e.kind() == ExtentKind.DONT_CARE) {
                    continue;
                }
                if (e.offset() % DeviceIo.SECTOR != 0) {
                    throw new FlashException(image.path() + ": content at offset 0x" + Long.toHexString(e.offset())
                            + " is not 512-byte aligned and cannot be written as whole sectors");
                }
                long at = e.offset();
                while (true) {
                    int n = fill(c, buf);
                    if (n <= 0) {
                        break;
                    }
                    io.write(new ByteRange(partition.region(), Math.addExact(partition.start(), at), n), buf, n,
                            "image of " + name);
                    at += n;
                }
            }
        } catch (IOException e) {
            throw new FlashException("cannot read the image " + image.path() + " for " + name + ": " + e.getMessage(), e);
        }
    }

    private static int fill(ExtentCursor c, byte[] buf) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf);
        while (b.hasRemaining()) {
            if (c.read(b) <= 0) {
                break;
            }
        }
        return b.position() == 0 ? -1 : b.position();
    }
}
