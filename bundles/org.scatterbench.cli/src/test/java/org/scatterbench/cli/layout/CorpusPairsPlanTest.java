package org.scatterbench.cli.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.table.TableKind;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.scatter.ScatterFiles;

/**
 * Every ordered pair of real corpus layouts (and each layout against itself) through the keep-data
 * planner: no plan changes a byte of a protected partition of the current layout, and a plan is
 * refused exactly when a protected partition moves, changes size or disappears. The protection rule
 * is restated from the issue, independently of the planner.
 */
class CorpusPairsPlanTest {

    private static final Set<String> PROTECTED_NAMES = Set.of("userdata", "usrdata", "fat", "metadata", "cache",
            "nvram", "nvdata", "nvcfg", "protect_f", "protect_s", "protect1", "protect2", "pro_info", "proinfo",
            "persist", "seccfg", "frp");

    static boolean isProtected(Partition p) {
        String n = p.baseName().toLowerCase(Locale.ROOT);
        if (Set.of("pgpt", "sgpt", "mbr", "pmt").contains(n) || n.matches("ebr\\d+") || p.isEndRelative()) {
            return false;
        }
        return PROTECTED_NAMES.contains(n) || p.operation() == OperationType.PROTECTED
                || p.operation() == OperationType.BINREGION || !p.upgradable();
    }

    static List<Layout> corpus() throws Exception {
        List<Layout> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Shared.dir().resolve("corpus/scatter"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".xml")).sorted()
                    .toList()) {
                try {
                    out.addAll(ScatterFiles.read(f).layouts());
                } catch (Exception e) {
                    // not every corpus file is a flashable scatter (OTA lists, excerpts); the scatter bundle tests those
                }
            }
        }
        return out;
    }

    /** Pairs from the same platform (the realistic upgrades) and every layout against itself. */
    @Test
    void noKeepDataPlanTouchesAProtectedByteAndRefusalsComeExactlyWhereOneMoves() throws Exception {
        List<Layout> layouts = corpus();
        assertThat(layouts).hasSizeGreaterThan(30);
        List<String> problems = new ArrayList<>();
        int pairs = 0;
        int refused = 0;
        for (Layout current : layouts) {
            for (Layout next : layouts) {
                if (current.storage() != next.storage() || !current.platform().equals(next.platform())) {
                    continue;
                }
                pairs++;
                refused += check(current, next, problems) ? 1 : 0;
            }
        }
        assertThat(problems).as("%d pairs, %d refused", pairs, refused).isEmpty();
        assertThat(refused).isBetween(1, pairs - layouts.size());
    }

    /**
     * Each real layout against a variant where one unprotected partition grows by 1 MiB and the next
     * unprotected one shrinks by as much: keep-data must stay possible, rewrite the table (MBR/EBR or
     * GPT with the real writers) and touch nothing protected.
     */
    @Test
    void unprotectedChangesInRealLayoutsKeepDataAndRewriteTheTable() throws Exception {
        int variants = 0;
        List<String> problems = new ArrayList<>();
        for (Layout current : corpus()) {
            Layout next = shiftInsideUnprotected(current);
            if (next == null || !rewritable(current)) {
                continue;
            }
            variants++;
            if (check(current, next, problems)) {
                continue;
            }
            FlashPlan plan = new Planner().plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));
            if (plan.steps().stream().noneMatch(s -> s.action() == org.scatterbench.layout.plan.StepAction.WRITE_TABLE)) {
                problems.add(current.source() + ": no table rewrite for a moved partition");
            }
        }
        assertThat(variants).isGreaterThan(20);
        assertThat(problems).isEmpty();
    }

    /**
     * Layouts whose table this tool can rewrite: a GPT or an MBR/EBR chain (not a NAND PMT), from a
     * flashable file (not an OTA list), without a reservation that claims ordinary partitions' bytes
     * (the hand-edited MT6572 file has a nameless reserved entry at 0x0; writing its MBR would touch it,
     * so that plan is rightly refused).
     */
    private static boolean rewritable(Layout l) {
        TableKind kind = TableEntries.kindOf(l);
        if (kind != TableKind.GPT && kind != TableKind.MBR_EBR || l.source().contains("ota_scatter")) {
            return false;
        }
        for (Partition r : l.partitions()) {
            if (r.reserved() && !r.isEndRelative()) {
                for (Partition p : l.partitions()) {
                    if (p != r && !p.reserved() && p.range().overlaps(r.range())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static Layout shiftInsideUnprotected(Layout l) {
        List<Partition> ps = l.partitions();
        for (int i = 0; i + 1 < ps.size(); i++) {
            Partition a = ps.get(i);
            Partition b = ps.get(i + 1);
            if (ordinaryUnprotected(a) && ordinaryUnprotected(b) && a.end() == b.start() && b.size() > 0x200000
                    && a.region().equals(b.region()) && a.region().isUserArea()) {
                List<Partition> out = new ArrayList<>(ps);
                out.set(i, a.withSize(a.size() + 0x100000));
                out.set(i + 1, b.withStart(b.start() + 0x100000).withSize(b.size() - 0x100000));
                return l.withPartitions(out);
            }
        }
        return null;
    }

    private static boolean ordinaryUnprotected(Partition p) {
        String n = p.baseName().toLowerCase(Locale.ROOT);
        return !isProtected(p) && !p.isEndRelative() && p.downloadable() && !n.equals("pgpt") && !n.equals("mbr")
                && !n.matches("ebr\\d+");
    }

    /** Checks one pair; returns whether the plan was refused. */
    private static boolean check(Layout current, Layout next, List<String> problems) {
        FlashPlan plan = new Planner().plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));
        boolean moved = false;
        for (Partition c : current.partitions()) {
            if (!isProtected(c)) {
                continue;
            }
            Partition n = next.find(c.name()).orElse(null);
            boolean startOnly = n != null && (n.operation() == OperationType.NEEDRESIZE
                    || c.operation() == OperationType.NEEDRESIZE);
            if (n == null || !n.region().equals(c.region()) || n.start() != c.start()
                    || (!startOnly && n.size() != c.size())) {
                moved = true;
            }
            for (ByteRange t : plan.touchedRanges()) {
                if (t.overlaps(c.range())) {
                    problems.add(current.source() + " -> " + next.source() + ": " + t + " touches " + c);
                }
            }
        }
        if (plan.refused() != moved) {
            problems.add(current.source() + " -> " + next.source() + ": refused=" + plan.refused()
                    + " but a protected partition " + (moved ? "moved" : "did not move") + ": " + plan.reasons());
        }
        return plan.refused();
    }
}
