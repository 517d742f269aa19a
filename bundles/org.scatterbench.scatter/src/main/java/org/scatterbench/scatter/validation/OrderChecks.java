package org.scatterbench.scatter.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Severity;
import org.scatterbench.scatter.ScatterCodes;
import org.scatterbench.scatter.mapping.Numbers;
import org.scatterbench.scatter.syntax.FieldBlock;

/**
 * Order checks of one section: starts ascending in file order, no overlaps (eMMC boot areas
 * included), sizes that do not run into the next start, gaps reported.
 */
final class OrderChecks {

    private final SectionView view;
    private final Locator at;
    private final List<Diagnostic> out;
    private final List<Partition> parts;
    private final List<FieldBlock> blocks;

    OrderChecks(SectionView view) {
        this.view = view;
        this.at = view.at;
        this.out = view.out;
        this.parts = view.parts;
        this.blocks = view.blocks;
    }

    void run() {
        ascending();
        overlapsAndGaps();
    }

    private void ascending() {
        Map<Region, Integer> lastInRegion = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (p.isEndRelative()) {
                continue;
            }
            Integer prev = lastInRegion.get(p.region());
            if (prev != null && position(p, parts.get(prev)) < position(parts.get(prev), p)) {
                out.add(at.at(blocks.get(i), view.startField(i), SectionView.severity(p, parts.get(prev)), ScatterCodes.NOT_ASCENDING,
                        "starts at " + Numbers.hex(p.start()) + ", before '" + parts.get(prev).name() + "' above it ("
                                + Numbers.hex(parts.get(prev).start()) + "); partitions must be listed in disk order",
                        p));
            }
            lastInRegion.put(p.region(), i);
        }
    }

    /**
     * Where a partition sits for ordering: its linear address when both have one (legacy files
     * state nothing else), else its offset in the region.
     */
    private static long position(Partition p, Partition other) {
        return p.linearStart().isPresent() && other.linearStart().isPresent() ? p.linearStart().get() : p.start();
    }

    private void overlapsAndGaps() {
        Map<Region, List<Integer>> byRegion = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (!p.isEndRelative()) {
                byRegion.computeIfAbsent(p.region(), r -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byRegion.values()) {
            members.sort(Comparator.comparingLong((Integer i) -> parts.get(i).start()).thenComparingInt(i -> i));
            int reach = -1;
            for (int cur : members) {
                if (parts.get(cur).size() == 0) {
                    continue;
                }
                if (reach >= 0) {
                    neighbours(reach, cur);
                }
                if (reach < 0 || SectionView.end(parts.get(cur)) > SectionView.end(parts.get(reach))) {
                    reach = cur;
                }
            }
        }
        crossBootAreas();
    }

    /**
     * Compares a partition with the one that reaches furthest before it: sharing its start or lying
     * inside it is an overlap; crossing its end is a size that runs into the next start (fixed by
     * shrinking the earlier one); a hole between them is a gap.
     */
    private void neighbours(int i, int j) {
        Partition cur = parts.get(i);
        Partition next = parts.get(j);
        if (next.start() < SectionView.end(cur)) {
            if (next.start() == cur.start() || SectionView.end(next) <= SectionView.end(cur) || view.legacy()) {
                overlap(i, j);
                return;
            }
            out.add(at.at(blocks.get(i), "partition_size", SectionView.severity(cur, next), ScatterCodes.SIZE_MISMATCH,
                    "size " + Numbers.hex(cur.size()) + " runs " + Numbers.hex(SectionView.end(cur) - next.start())
                            + " bytes into '" + next.name() + "', which starts at " + Numbers.hex(next.start())
                            + " (the size should be at most " + Numbers.hex(next.start() - cur.start()) + ")"
                            + SectionView.reservedNote(cur, next),
                    cur));
        } else if (SectionView.end(cur) < next.start() && !view.legacy()) {
            out.add(at.at(blocks.get(j), view.startField(j), Severity.WARNING, ScatterCodes.GAP,
                    Numbers.hex(next.start() - SectionView.end(cur)) + " unused bytes between '" + cur.name() + "' (ends at "
                            + Numbers.hex(SectionView.end(cur)) + ") and this partition (starts at " + Numbers.hex(next.start()) + ")",
                    next));
        }
    }

    private void overlap(int i, int j) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        Partition a = parts.get(first);
        Partition b = parts.get(second);
        out.add(at.at(blocks.get(second), view.startField(second), SectionView.severity(a, b), ScatterCodes.OVERLAP,
                "overlaps '" + a.name() + "' (" + SectionView.describe(a) + "); this partition is " + SectionView.describe(b)
                        + SectionView.reservedNote(a, b), b));
    }

    /** EMMC_BOOT1_BOOT2 is written to both boot areas, so it collides with anything in either. */
    private void crossBootAreas() {
        List<Integer> boot = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Region r = parts.get(i).region();
            if (!parts.get(i).isEndRelative() && (r.equals(Region.EMMC_BOOT1) || r.equals(Region.EMMC_BOOT2)
                    || r.equals(Region.EMMC_BOOT1_BOOT2))) {
                boot.add(i);
            }
        }
        for (int x = 0; x < boot.size(); x++) {
            for (int y = x + 1; y < boot.size(); y++) {
                Partition a = parts.get(boot.get(x));
                Partition b = parts.get(boot.get(y));
                if (!a.region().equals(b.region()) && safeRange(a) && safeRange(b) && a.range().overlaps(b.range())) {
                    overlap(boot.get(x), boot.get(y));
                }
            }
        }
    }

    private static boolean safeRange(Partition p) {
        return SectionView.end(p) != Long.MAX_VALUE;
    }
}
