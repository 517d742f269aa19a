package org.scatterbench.layout.plan;

import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/**
 * The size of the user area the plan works on: known when the current (or new) layout was read
 * from a device or image, otherwise estimated from the layouts as the end of the last partition
 * plus the largest end-of-device reservation. An estimate only places the backup GPT and the
 * end-relative reservations of a preview; the plan says so in its notes.
 */
record DiskSize(Region region, long bytes, boolean estimated) {

    static DiskSize of(Layout current, Layout next) {
        Region user = userRegion(next, current);
        var known = current.regionSize(user).or(() -> next.regionSize(user));
        if (known.isPresent()) {
            return new DiskSize(user, known.get(), false);
        }
        long end = 0;
        long tail = 0;
        for (Layout l : new Layout[] { current, next }) {
            for (Partition p : l.partitions()) {
                if (!p.region().equals(user)) {
                    continue;
                }
                if (p.isEndRelative()) {
                    long back;
                    try {
                        back = EndRelative.distanceFromEnd(l, p);
                    } catch (TableFormatException e) {
                        back = p.size();
                    }
                    tail = Math.max(tail, Math.max(back, p.size()));
                } else if (!p.canonicalName().equals("sgpt")) {
                    end = Math.max(end, p.end());
                } else {
                    tail = Math.max(tail, p.size());
                }
            }
        }
        // room for a backup GPT even when no reservation lists one
        tail = Math.max(tail, 33 * 512);
        long total = Math.addExact(end, tail);
        long align = 0x100000;
        total = Math.multiplyExact((total + align - 1) / align, align);
        return new DiskSize(user, total, true);
    }

    static Region userRegion(Layout a, Layout b) {
        for (Layout l : new Layout[] { a, b }) {
            for (Partition p : l.partitions()) {
                if (p.region().isUserArea()) {
                    return p.region();
                }
            }
        }
        return Region.EMMC_USER;
    }

    static boolean isOrdinary(Partition p) {
        return !TableEntries.isTable(p) && !p.region().isBootArea() && !p.isEndRelative();
    }

}
