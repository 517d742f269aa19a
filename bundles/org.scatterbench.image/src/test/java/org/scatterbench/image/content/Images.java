package org.scatterbench.image.content;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Hand-made headers written from the field tables of ANDROID-IMAGES.md Part B and C. */
final class Images {

    private Images() {
    }

    static ByteBuffer le(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    }

    static ByteBuffer be(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.BIG_ENDIAN);
    }

    static void ascii(byte[] b, int off, String s) {
        byte[] a = s.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(a, 0, b, off, a.length);
    }

    /** An ext4 superblock at 1024 in {@code img}. */
    static void ext4(byte[] img, int logBlock, long blocks, long free, boolean is64, String label, String mounted) {
        ByteBuffer b = le(img);
        int sb = 1024;
        b.putInt(sb + 0x04, (int) blocks);
        b.putInt(sb + 0x0C, (int) free);
        b.putInt(sb + 0x18, logBlock);
        b.putShort(sb + 0x38, (short) 0xEF53);
        b.putShort(sb + 0x3A, (short) 1);
        if (is64) {
            b.putInt(sb + 0x60, 0x80);
            b.putInt(sb + 0x150, (int) (blocks >>> 32));
            b.putInt(sb + 0x158, (int) (free >>> 32));
        }
        ascii(img, sb + 0x78, label);
        ascii(img, sb + 0x88, mounted);
    }

    /** An f2fs superblock at {@code at} (1024 or 5120). */
    static void f2fs(byte[] img, int at, long blockCount, int cpBlkaddr, String volume) {
        ByteBuffer b = le(img);
        b.putInt(at, 0xF2F52010);
        b.putInt(at + 16, 12);
        b.putInt(at + 20, 9);
        b.putLong(at + 36, blockCount);
        b.putInt(at + 76, cpBlkaddr);
        byte[] name = volume.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(name, 0, img, at + 124, name.length);
    }

    /** The first 24 bytes of an f2fs checkpoint block. */
    static byte[] checkpoint(long version, long userBlocks, long validBlocks) {
        byte[] cp = new byte[4096];
        le(cp).putLong(0, version).putLong(8, userBlocks).putLong(16, validBlocks);
        return cp;
    }

    static void erofs(byte[] img, int blkszbits, long blocks) {
        ByteBuffer b = le(img);
        b.putInt(1024, 0xE0F5E1E2);
        b.put(1024 + 12, (byte) blkszbits);
        b.putInt(1024 + 36, (int) blocks);
    }

    static byte[] vbmeta(int flags, long authSize, long auxSize, long algorithm, String release) {
        byte[] img = new byte[(int) (256 + authSize + auxSize)];
        ascii(img, 0, "AVB0");
        be(img).putInt(4, 1).putInt(8, 2).putLong(12, authSize).putLong(20, auxSize).putInt(28, (int) algorithm)
                .putLong(112, 7).putInt(120, flags);
        ascii(img, 128, release);
        return img;
    }

    /** LP geometry at {@code off}, with a correct SHA-256 unless {@code corrupt}. */
    static void lpGeometry(byte[] img, int off, int maxSize, int slots, int logicalBlock, boolean corrupt)
            throws Exception {
        byte[] g = new byte[52];
        le(g).putInt(0, 0x616C4467).putInt(4, 52).putInt(40, maxSize).putInt(44, slots).putInt(48, logicalBlock);
        byte[] sum = MessageDigest.getInstance("SHA-256").digest(g);
        System.arraycopy(sum, 0, g, 8, 32);
        if (corrupt) {
            g[45] ^= 1;
        }
        System.arraycopy(g, 0, img, off, 52);
    }

    static void avbFooter(byte[] img, long originalSize, long vbmetaOffset, long vbmetaSize) {
        int at = img.length - 64;
        ascii(img, at, "AVBf");
        be(img).putInt(at + 4, 1).putInt(at + 8, 0).putLong(at + 12, originalSize).putLong(at + 20, vbmetaOffset)
                .putLong(at + 28, vbmetaSize);
    }
}
