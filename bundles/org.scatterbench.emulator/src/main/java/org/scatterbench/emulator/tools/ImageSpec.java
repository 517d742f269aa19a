package org.scatterbench.emulator.tools;

import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/**
 * Sizing rules for a phone image made from a layout: large enough for every user-area partition
 * that has a fixed place, plus the reservations a scatter counts from the end of the storage
 * ({@code 0xFFFFnnnn}), plus 1 MiB of slack for a backup GPT, rounded up to whole MiB.
 */
public final class ImageSpec {

    static final long MIB = 1L << 20;

    private ImageSpec() {
    }

    /**
     * The smallest image size that holds the layout's user area: the fixed partitions, then the
     * end-relative ones at the distances the layout bundle resolves for them.
     */
    public static long minimumSize(Layout layout) {
        long end = 0;
        long reserved = 0;
        for (Partition p : layout.partitions()) {
            if (!p.region().equals(Region.EMMC_USER)) {
                continue;
            }
            if (p.isEndRelative()) {
                reserved = Math.max(reserved, Math.max(p.size(), distanceFromEnd(layout, p)));
            } else {
                end = Math.max(end, p.end());
            }
        }
        long total = Math.addExact(Math.addExact(end, reserved), MIB);
        return Math.multiplyExact((Math.addExact(total, MIB - 1)) / MIB, MIB);
    }

    /** Where the layout bundle places an end-relative partition; a layout without a block size counts 128 KiB blocks. */
    private static long distanceFromEnd(Layout layout, Partition p) {
        try {
            return EndRelative.distanceFromEnd(layout, p);
        } catch (TableFormatException e) {
            return Math.multiplyExact(p.endRelativeBlocks().orElse(0L), 128 * 1024L);
        }
    }

    /** Parses a size such as {@code 67108864}, {@code 0x4000000}, {@code 64M}, {@code 8G}. */
    public static long parseSize(String text) {
        String t = text.trim().toUpperCase(java.util.Locale.ROOT);
        long mult = 1;
        if (t.endsWith("IB")) {
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("B")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.endsWith("K")) {
            mult = 1L << 10;
        } else if (t.endsWith("M")) {
            mult = 1L << 20;
        } else if (t.endsWith("G")) {
            mult = 1L << 30;
        }
        if (mult != 1) {
            t = t.substring(0, t.length() - 1);
        }
        long v = t.startsWith("0X") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
        if (v <= 0) {
            throw new NumberFormatException("size must be positive: " + text);
        }
        return Math.multiplyExact(v, mult);
    }
}
