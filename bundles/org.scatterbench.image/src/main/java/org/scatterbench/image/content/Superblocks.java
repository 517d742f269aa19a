package org.scatterbench.image.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.scatterbench.image.Sizes;

/**
 * Recognisers for the filesystems Android partitions hold (ANDROID-IMAGES.md C.3 to C.5). Each
 * returns null when its magic is absent and refuses to state a size from nonsensical fields.
 */
final class Superblocks {

    static final int SB = 1024;
    static final long EXT4_MAGIC = 0xEF53;
    static final long F2FS_MAGIC = 0xF2F52010L;
    static final long EROFS_MAGIC = 0xE0F5E1E2L;
    private static final int F2FS_BACKUP = 4096 + 1024;

    private Superblocks() {
    }

    static Sniffed ext4(Head h) {
        if (!h.has(SB, 1024) || h.u16(SB + 0x38) != EXT4_MAGIC) {
            return null;
        }
        long log = h.u32(SB + 0x18);
        String label = h.cString(SB + 0x78, 16);
        String mounted = h.cString(SB + 0x88, 64);
        if (log > 6) {
            return new Sniffed(ContentKind.EXT4, "ext4 filesystem with an implausible block size (log " + log
                    + "), size unknown", null, null, label);
        }
        long blockSize = 1024L << log;
        boolean is64 = (h.u32(SB + 0x60) & 0x80) != 0;
        long blocks = h.u32(SB + 0x04) | (is64 ? h.u32(SB + 0x150) << 32 : 0);
        long free = h.u32(SB + 0x0C) | (is64 ? h.u32(SB + 0x158) << 32 : 0);
        Long size = exactProduct(blocks, blockSize);
        Long used = free <= blocks ? exactProduct(blocks - free, blockSize) : null;
        StringBuilder s = new StringBuilder("ext4 filesystem");
        appendLabel(s, label);
        if (size != null) {
            s.append(" of ").append(Sizes.bytesAndMib(size));
        }
        s.append(", ").append(blockSize).append("-byte blocks");
        if (used != null) {
            s.append(", ~").append(Sizes.mib(used)).append(" used (superblock estimate)");
        }
        if (!mounted.isEmpty()) {
            s.append(", last mounted on ").append(mounted);
        }
        return new Sniffed(ContentKind.EXT4, s.toString(), size, used, label.isEmpty() ? null : label);
    }

    static Sniffed f2fs(Head h, ContentProbe.ByteSource source) throws IOException {
        int at;
        String which;
        if (h.has(SB, 4) && h.u32(SB) == F2FS_MAGIC) {
            at = SB;
            which = "";
        } else if (h.has(F2FS_BACKUP, 4) && h.u32(F2FS_BACKUP) == F2FS_MAGIC) {
            at = F2FS_BACKUP;
            which = " (primary superblock damaged, read the backup)";
        } else {
            return null;
        }
        if (!h.has(at, 124 + 1024)) {
            return Sniffed.plain(ContentKind.F2FS, "f2fs filesystem, superblock truncated" + which);
        }
        long logBlock = h.u32(at + 16);
        long logBlocksPerSeg = h.u32(at + 20);
        long blockCount = h.u64(at + 36);
        long cpBlkaddr = h.u32(at + 76);
        String label = utf16z(h.bytes(at + 124, 1024));
        if (logBlock < 9 || logBlock > 16 || blockCount < 0) {
            return new Sniffed(ContentKind.F2FS, "f2fs filesystem with implausible geometry, size unknown" + which,
                    null, null, label);
        }
        Long size = blockCount > (Long.MAX_VALUE >> logBlock) ? null : blockCount << logBlock;
        Long used = logBlocksPerSeg < 32 ? checkpointUsed(source, cpBlkaddr, logBlock, logBlocksPerSeg) : null;
        StringBuilder s = new StringBuilder("f2fs filesystem");
        appendLabel(s, label);
        if (size != null) {
            s.append(" of ").append(Sizes.bytesAndMib(size));
        }
        if (used != null) {
            s.append(", ~").append(Sizes.mib(used)).append(" used (newest checkpoint, estimate)");
        }
        s.append(which);
        return new Sniffed(ContentKind.F2FS, s.toString(), size, used, label.isEmpty() ? null : label);
    }

    /**
     * valid_block_count of the checkpoint pack with the higher version. The packs' CRCs are not
     * checked (the format of that check is not documented here), so this is only an estimate.
     */
    private static Long checkpointUsed(ContentProbe.ByteSource source, long cpBlkaddr, long logBlock, long logBlocksPerSeg)
            throws IOException {
        long best = -1;
        Long used = null;
        for (long pack = 0; pack < 2; pack++) {
            long block = cpBlkaddr + (pack << logBlocksPerSeg);
            if (block > (Long.MAX_VALUE >> logBlock)) {
                continue;
            }
            ByteBuffer cp = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
            if (source.readAt(block << logBlock, cp) != 24) {
                continue;
            }
            long version = cp.getLong(0);
            long valid = cp.getLong(16);
            if (version == 0 || valid < 0) {
                continue;
            }
            if (used == null || Long.compareUnsigned(version, best) > 0) {
                best = version;
                used = exactProduct(valid, 1L << logBlock);
            }
        }
        return used;
    }

    static Sniffed erofs(Head h) {
        if (!h.has(SB, 40) || h.u32(SB) != EROFS_MAGIC) {
            return null;
        }
        long bits = h.u8(SB + 12);
        long blocks = h.u32(SB + 36);
        if (bits < 9 || bits > 16) {
            return Sniffed.plain(ContentKind.EROFS, "EROFS filesystem with block size bits " + bits + ", size unknown");
        }
        long size = blocks << bits;
        // A 48-bit layout stores more block bits elsewhere behind a feature flag this code cannot
        // identify (see C.5); the size below is what the 32-bit field states.
        return new Sniffed(ContentKind.EROFS, "EROFS filesystem of " + Sizes.bytesAndMib(size) + " (read-only, "
                + (1L << bits) + "-byte blocks)", size, size, null);
    }

    private static void appendLabel(StringBuilder s, String label) {
        if (!label.isEmpty()) {
            s.append(" \"").append(label).append('"');
        }
    }

    private static Long exactProduct(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String utf16z(byte[] raw) {
        int end = 0;
        while (end + 1 < raw.length && (raw[end] != 0 || raw[end + 1] != 0)) {
            end += 2;
        }
        return new String(raw, 0, end, StandardCharsets.UTF_16LE).trim();
    }
}
