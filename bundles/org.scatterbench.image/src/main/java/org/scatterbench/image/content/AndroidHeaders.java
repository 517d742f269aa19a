package org.scatterbench.image.content;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * Recognisers for the non-filesystem images of an Android/MediaTek ROM: vbmeta, boot images, LP
 * geometry (super), MediaTek boot headers and partition-table disk images.
 */
final class AndroidHeaders {

    static final long LP_GEOMETRY_MAGIC = 0x616C4467L;
    static final int LP_GEOMETRY_SIZE = 52;
    static final int LP_GEOMETRY_OFFSET_IN_SUPER = 4096;

    private AndroidHeaders() {
    }

    /** AVB vbmeta header at 0 (C.2): 256 bytes, big-endian. */
    static Sniffed vbmeta(Head h) {
        if (!h.startsWith(0, "AVB0")) {
            return null;
        }
        if (!h.has(0, 256)) {
            return Sniffed.plain(ContentKind.VBMETA, "AVB vbmeta image, header truncated");
        }
        long major = h.u32be(4);
        long minor = h.u32be(8);
        long auth = h.u64be(12);
        long aux = h.u64be(20);
        long algorithm = h.u32be(28);
        long flags = h.u32be(120);
        long rollback = h.u64be(112);
        List<String> flagNames = new ArrayList<>();
        if ((flags & 1) != 0) {
            flagNames.add("HASHTREE_DISABLED");
        }
        if ((flags & 2) != 0) {
            flagNames.add("VERIFICATION_DISABLED");
        }
        String release = h.cString(128, 48);
        StringBuilder s = new StringBuilder("AVB vbmeta image v").append(major).append('.').append(minor);
        s.append(algorithm == 0 ? ", unsigned" : ", signed (algorithm " + algorithm + ")");
        s.append(", flags 0x").append(Long.toHexString(flags));
        if (!flagNames.isEmpty()) {
            s.append(' ').append(flagNames);
        }
        s.append(", rollback index ").append(rollback);
        if (auth >= 0 && aux >= 0 && auth <= Long.MAX_VALUE - 256 - aux) {
            s.append(", ").append(256 + auth + aux).append(" bytes of vbmeta");
        }
        if (!release.isEmpty()) {
            s.append(" (").append(release).append(')');
        }
        return Sniffed.plain(ContentKind.VBMETA, s.toString());
    }

    /** "ANDROID!" at 0; the header layout past the magic is not documented here, so only the kind. */
    static Sniffed boot(Head h) {
        return h.startsWith(0, "ANDROID!") ? Sniffed.plain(ContentKind.ANDROID_BOOT, "Android boot image") : null;
    }

    /** LP geometry (B.2) at 4096 (a super image) or at 0 (super_empty.img), with its SHA-256 checked. */
    static Sniffed lp(Head h) {
        if (geometryMagicAt(h, 0)) {
            return geometry(h, 0, ContentKind.LP_SUPER_EMPTY, "super_empty-style LP metadata (geometry at 0)");
        }
        if (geometryMagicAt(h, LP_GEOMETRY_OFFSET_IN_SUPER)) {
            return geometry(h, LP_GEOMETRY_OFFSET_IN_SUPER, ContentKind.LP_SUPER,
                    "dynamic partitions image (super, LP geometry at 4096)");
        }
        return null;
    }

    private static boolean geometryMagicAt(Head h, int off) {
        return h.has(off, LP_GEOMETRY_SIZE) && h.u32(off) == LP_GEOMETRY_MAGIC;
    }

    private static Sniffed geometry(Head h, int off, ContentKind kind, String what) {
        long structSize = h.u32(off + 4);
        long maxSize = h.u32(off + 40);
        long slots = h.u32(off + 44);
        long logicalBlock = h.u32(off + 48);
        StringBuilder s = new StringBuilder(what);
        if (structSize != LP_GEOMETRY_SIZE) {
            s.append(", geometry struct_size ").append(structSize).append(" (expected 52): not trusted");
            return Sniffed.plain(kind, s.toString());
        }
        s.append(checksumOk(h, off) ? ", geometry checksum OK" : ", geometry checksum BAD");
        s.append(", ").append(slots).append(slots == 1 ? " metadata slot" : " metadata slots").append(" of ")
                .append(maxSize).append(" bytes, logical block ").append(logicalBlock);
        return Sniffed.plain(kind, s.toString());
    }

    private static boolean checksumOk(Head h, int off) {
        byte[] struct = h.bytes(off, LP_GEOMETRY_SIZE);
        byte[] stored = java.util.Arrays.copyOfRange(struct, 8, 40);
        java.util.Arrays.fill(struct, 8, 40, (byte) 0);
        try {
            return MessageDigest.isEqual(stored, MessageDigest.getInstance("SHA-256").digest(struct));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required on every Java platform", e);
        }
    }

    /** EMMC_BOOT / UFS_BOOT at 0 (MTK-LEGACY-DA.md 6.2): a boot-area header or a PMT-era user area. */
    static Sniffed mtkBoot(Head h) {
        for (String marker : new String[] { "EMMC_BOOT", "UFS_BOOT" }) {
            if (h.startsWith(0, marker)) {
                return Sniffed.plain(ContentKind.MTK_BOOT_HEADER,
                        "MediaTek boot header (" + marker + " at offset 0)");
            }
        }
        return null;
    }

    /** "EFI PART" at LBA 1 (512- or 4096-byte sectors), or the 55 AA boot signature. */
    static Sniffed disk(Head h) {
        if (h.startsWith(512, "EFI PART")) {
            return Sniffed.plain(ContentKind.GPT_DISK, "disk image with a GPT (512-byte sectors)");
        }
        if (h.startsWith(4096, "EFI PART")) {
            return Sniffed.plain(ContentKind.GPT_DISK, "disk image with a GPT (4096-byte sectors)");
        }
        if (h.has(510, 2) && h.u8(510) == 0x55 && h.u8(511) == 0xAA) {
            return Sniffed.plain(ContentKind.MBR_DISK, "boot sector with an MBR signature (55 AA at 0x1FE)");
        }
        return null;
    }
}
