package org.scatterbench.flash.op;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

import org.scatterbench.flash.FlashException;
import org.scatterbench.image.Extent;
import org.scatterbench.image.ExtentCursor;
import org.scatterbench.image.ExtentKind;
import org.scatterbench.image.ImageSource;
import org.scatterbench.model.ByteRange;

/** Reads ranges back from the phone and compares them with what they should hold. */
final class Verifier {

    private Verifier() {
    }

    /** The image's defined content (DATA and FILL) must be on the phone; DONT_CARE ranges are not compared. */
    static void againstImage(ImageSource image, ByteRange partition, String name, DeviceIo io)
            throws FlashException, Cancelled {
        byte[] want = new byte[DeviceIo.COMMAND_BYTES];
        try (ExtentCursor c = image.extents()) {
            while (c.next()) {
                Extent e = c.current();
                if (e.kind() == ExtentKind.DONT_CARE) {
                    continue;
                }
                long at = e.offset();
                int n;
                while ((n = fill(c, want)) > 0) {
                    ByteRange r = new ByteRange(partition.region(), partition.start() + at, n);
                    byte[] got = readPadded(io, r);
                    if (!Arrays.equals(got, 0, n, want, 0, n)) {
                        throw new FlashException(String.format("verify of %s failed: the phone's bytes at 0x%X differ"
                                + " from the image %s", name, firstDifference(got, want, n) + r.start(), image.path()));
                    }
                    at += n;
                }
            }
        } catch (IOException e) {
            throw new FlashException("cannot read the image " + image.path() + " to verify " + name + ": "
                    + e.getMessage(), e);
        }
    }

    /** The phone's range must equal a backup file taken earlier. */
    static void againstFile(Path file, ByteRange range, String name, DeviceIo io) throws FlashException, Cancelled {
        byte[] want = new byte[DeviceIo.COMMAND_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            long at = 0;
            while (at < range.length()) {
                int n = (int) Math.min(want.length, range.length() - at);
                if (in.readNBytes(want, 0, n) != n) {
                    throw new FlashException("the backup " + file + " of " + name + " is shorter than the partition");
                }
                ByteRange r = new ByteRange(range.region(), range.start() + at, n);
                byte[] got = readPadded(io, r);
                if (!Arrays.equals(got, 0, n, want, 0, n)) {
                    throw new FlashException(String.format("verify of %s failed: the phone's bytes at 0x%X differ from"
                            + " the backup %s", name, firstDifference(got, want, n) + r.start(), file));
                }
                at += n;
            }
        } catch (IOException e) {
            throw new FlashException("cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    /** The phone's range must hold exactly {@code want} (a partition table the plan wrote). */
    static void againstBytes(byte[] want, ByteRange range, String name, DeviceIo io) throws FlashException, Cancelled {
        if (want.length != range.length()) {
            throw new FlashException("verify of " + name + ": " + want.length + " bytes to compare with " + range);
        }
        for (long at = 0; at < want.length; at += DeviceIo.COMMAND_BYTES) {
            int n = (int) Math.min(DeviceIo.COMMAND_BYTES, want.length - at);
            ByteRange r = new ByteRange(range.region(), range.start() + at, n);
            byte[] got = readPadded(io, r);
            if (!Arrays.equals(got, 0, n, want, (int) at, (int) at + n)) {
                throw new FlashException(String.format("verify of %s failed: the phone's bytes at 0x%X differ from the"
                        + " table written there", name, r.start() + Math.max(Arrays.mismatch(got, 0, n, want, (int) at,
                                (int) at + n), 0)));
            }
        }
    }

    /** SHA-256 of a range of the phone. */
    static byte[] sha256(ByteRange range, DeviceIo io) throws FlashException, Cancelled {
        MessageDigest d = newSha256();
        io.read(range, new java.io.OutputStream() {
            @Override
            public void write(int b) {
                d.update((byte) b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                d.update(b, off, len);
            }
        });
        return d.digest();
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static byte[] readPadded(DeviceIo io, ByteRange r) throws FlashException, Cancelled {
        long len = (r.length() + DeviceIo.SECTOR - 1) / DeviceIo.SECTOR * DeviceIo.SECTOR;
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) len);
        io.read(new ByteRange(r.region(), r.start(), len), out);
        return out.toByteArray();
    }

    private static int firstDifference(byte[] a, byte[] b, int n) {
        int i = Arrays.mismatch(a, 0, n, b, 0, n);
        return Math.max(i, 0);
    }

    private static int fill(ExtentCursor c, byte[] buf) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(buf);
        while (b.hasRemaining()) {
            if (c.read(b) <= 0) {
                break;
            }
        }
        return b.position();
    }
}
