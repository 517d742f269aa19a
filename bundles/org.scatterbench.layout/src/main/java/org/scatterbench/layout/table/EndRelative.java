package org.scatterbench.layout.table;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

/**
 * Resolves the scatter's {@code 0xFFFFnnnn} end-relative codes once the size of the user area is
 * known (SCATTER-FORMATS 2.4). Code 0 means "the last {@code size} bytes" (sgpt in newer files);
 * when a layout has such an entry, the other codes count {@code n x blockSize} bytes back from its
 * start, which is how WwR resolved flashinfo 0xFFFF0080 to end - 0x4200 - 16 MiB. Otherwise they
 * count back from the end itself.
 */
public final class EndRelative {

    private EndRelative() {
    }

    /** How far before the end of the region {@code p} starts. */
    public static long distanceFromEnd(Layout layout, Partition p) throws TableFormatException {
        if (!p.isEndRelative()) {
            throw new IllegalArgumentException(p.name() + " is not end-relative");
        }
        long blocks = p.endRelativeBlocks().get();
        if (blocks == 0) {
            return p.size();
        }
        if (layout.blockSize() <= 0) {
            throw new TableFormatException(layout.source() + ": partition " + p.name()
                    + " is placed relative to the end of the storage but the layout has no block size");
        }
        long base = 0;
        for (Partition q : layout.partitions()) {
            if (q != p && q.region().equals(p.region()) && q.endRelativeBlocks().map(b -> b == 0).orElse(false)) {
                base = Math.max(base, q.size());
            }
        }
        return Math.addExact(base, Math.multiplyExact(blocks, layout.blockSize()));
    }

    /** The start of {@code p} on a region of {@code regionSize} bytes. */
    public static long resolveStart(Layout layout, Partition p, long regionSize) throws TableFormatException {
        if (!p.isEndRelative()) {
            return p.start();
        }
        long back = distanceFromEnd(layout, p);
        long start = regionSize - back;
        if (start < 0 || back < p.size()) {
            throw new TableFormatException(String.format("%s: partition %s (end-relative, 0x%X bytes before the end) "
                    + "does not fit a region of 0x%X bytes", layout.source(), p.name(), back, regionSize));
        }
        return start;
    }
}
