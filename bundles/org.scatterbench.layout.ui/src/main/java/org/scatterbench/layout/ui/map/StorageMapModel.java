package org.scatterbench.layout.ui.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.Protection;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/** What the storage map draws, computed from the core's diff and plan (no SWT, so it is cheap to test). */
public final class StorageMapModel {

    private StorageMapModel() {
    }

    public static List<RegionBars> of(LayoutDiff diff, FlashPlan plan) {
        Set<Region> regions = new LinkedHashSet<>();
        diff.current().sortedByStart().forEach(p -> regions.add(p.region()));
        diff.next().sortedByStart().forEach(p -> regions.add(p.region()));
        List<Region> ordered = new ArrayList<>(regions);
        ordered.sort(Comparator.comparing((Region r) -> !r.isBootArea()).thenComparing(Region::name));
        List<RegionBars> bars = new ArrayList<>();
        for (Region r : ordered) {
            List<MapBox> current = new ArrayList<>();
            List<MapBox> next = new ArrayList<>();
            for (DiffEntry e : diff.entries()) {
                e.current().filter(p -> p.region().equals(r)).ifPresent(p -> current.add(box(p, e.change())));
                e.next().filter(p -> p.region().equals(r)).ifPresent(p -> next.add(box(p, e.change())));
            }
            long extent = Math.max(extent(diff.current(), r), extent(diff.next(), r));
            bars.add(new RegionBars(r, extent, current, next, touchedProtected(diff.current(), r, plan)));
        }
        return bars;
    }

    private static MapBox box(Partition p, Change change) {
        return new MapBox(p.name(), p.start(), p.size(), change, Protection.isProtected(p));
    }

    private static long extent(Layout l, Region r) {
        long furthest = l.inRegion(r).stream().mapToLong(Partition::end).max().orElse(0);
        return Math.max(furthest, l.regionSize(r).orElse(0L));
    }

    /** The bytes of protected partitions of the current layout that a step of the plan changes. */
    static List<ByteRange> touchedProtected(Layout current, Region r, FlashPlan plan) {
        List<ByteRange> out = new ArrayList<>();
        if (plan == null) {
            return out;
        }
        for (ByteRange touched : plan.touchedRanges()) {
            for (Partition p : current.inRegion(r)) {
                if (Protection.isProtected(p) && touched.overlaps(p.range())) {
                    long s = Math.max(touched.start(), p.start());
                    long e = Math.min(touched.end(), p.end());
                    out.add(new ByteRange(r, s, e - s));
                }
            }
        }
        return out;
    }
}
