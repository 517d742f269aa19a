package org.scatterbench.emulator.golden;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;

import org.scatterbench.emulator.storage.StorageArea;

/**
 * The 64 MiB user-area image of the golden transcripts, rebuilt from the description in
 * shared/corpus/transcripts/gen/mkimg.py (seed 1). Only the non-zero parts are written, so it fits
 * a sparse in-memory area. The transcripts' CRCs of the bytes read back check the rebuild.
 */
public final class GoldenImage {

    public static final long SIZE = 64L << 20;
    public static final long MISC_OFFSET = 86016L * 512;
    public static final int MISC_SIZE = 512 * 512;
    private static final String[] NAMES = { "boot_a", "boot_b", "vbmeta_a", "userdata", "misc" };
    private static final long[][] PARTS = { { 2048, 8192 }, { 10240, 8192 }, { 18432, 2048 }, { 20480, 65536 },
            { 86016, 512 } };

    private GoldenImage() {
    }

    public static void writeTo(StorageArea area) throws IOException {
        int seed = 1;
        long n = SIZE / 512;
        byte[] mbr = new byte[512];
        ByteBuffer m = ByteBuffer.wrap(mbr).order(ByteOrder.LITTLE_ENDIAN);
        m.position(446);
        m.put((byte) 0).put((byte) 0).put((byte) 2).put((byte) 0).put((byte) 0xEE).put((byte) 0xFF).put((byte) 0xFF)
                .put((byte) 0xFF).putInt(1).putInt((int) Math.min(n - 1, 0xFFFFFFFFL));
        mbr[510] = 0x55;
        mbr[511] = (byte) 0xAA;
        area.write(0, mbr, 0, 512);
        byte[] ent = new byte[128 * 128];
        byte[] linux = uuidLe("0FC63DAF-8483-4772-8E79-3D69D8477DE4");
        for (int i = 0; i < NAMES.length; i++) {
            ByteBuffer e = ByteBuffer.wrap(ent, i * 128, 128).order(ByteOrder.LITTLE_ENDIAN);
            e.put(linux).put(guid(seed, "part:" + NAMES[i])).putLong(PARTS[i][0])
                    .putLong(PARTS[i][0] + PARTS[i][1] - 1).putLong(0).put(NAMES[i].getBytes(StandardCharsets.UTF_16LE));
        }
        CRC32 c = new CRC32();
        c.update(ent);
        long ecrc = c.getValue();
        area.write(512, header(seed, 1, n - 1, 2, n, ecrc), 0, 512);
        area.write(1024, ent, 0, ent.length);
        area.write((n - 33) * 512, ent, 0, ent.length);
        area.write((n - 1) * 512, header(seed, n - 1, 1, n - 33, n, ecrc), 0, 512);
        byte[] boot = new byte[8 + 4096];
        System.arraycopy("ANDROID!".getBytes(StandardCharsets.US_ASCII), 0, boot, 0, 8);
        for (int i = 0; i < 4096; i++) {
            boot[8 + i] = (byte) i;
        }
        area.write(2048L * 512, boot, 0, boot.length);
        area.write(MISC_OFFSET, Lcg.bytes(0x00C0FFEE, MISC_SIZE), 0, MISC_SIZE);
    }

    private static byte[] header(int seed, long cur, long bak, long entLba, long n, long ecrc) {
        byte[] h = new byte[512];
        ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
        b.put("EFI PART".getBytes(StandardCharsets.US_ASCII)).putInt(0x10000).putInt(92).putInt(0).putInt(0)
                .putLong(cur).putLong(bak).putLong(34).putLong(n - 34).put(guid(seed, "disk")).putLong(entLba)
                .putInt(128).putInt(128).putInt((int) ecrc);
        CRC32 c = new CRC32();
        c.update(h, 0, 92);
        b.putInt(16, (int) c.getValue());
        return h;
    }

    private static byte[] guid(int seed, String label) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((seed + ":" + label).getBytes(StandardCharsets.UTF_8));
            byte[] g = java.util.Arrays.copyOf(h, 16);
            g[6] = (byte) ((g[6] & 0x0F) | 0x40);
            g[8] = (byte) ((g[8] & 0x3F) | 0x80);
            return mixedEndian(g);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] uuidLe(String text) {
        String hex = text.replace("-", "");
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
        }
        return mixedEndian(b);
    }

    /** Big-endian UUID bytes to the GPT's order: first three fields little-endian. */
    private static byte[] mixedEndian(byte[] b) {
        byte[] o = b.clone();
        o[0] = b[3];
        o[1] = b[2];
        o[2] = b[1];
        o[3] = b[0];
        o[4] = b[5];
        o[5] = b[4];
        o[6] = b[7];
        o[7] = b[6];
        return o;
    }
}
