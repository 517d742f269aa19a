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
import org.scatterbench.layout.table.EndRelative;
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

    @Test
    void noKeepDataPlanTouchesAProtectedByteAndRefusalsComeExactlyWhereOneMoves() throws Exception {
        List<Layout> layouts = corpus();
        assertThat(layouts).hasSizeGreaterThan(30);
        Planner planner = new Planner();
        int refused = 0;
        int pairs = 0;
        List<String> problems = new ArrayList<>();
        for (Layout current : layouts) {
            for (Layout next : layouts) {
                if (current.storage() != next.storage()) {
                    continue;
                }
                pairs++;
                FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));
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
                            + " but a protected partition " + (moved ? "moved" : "did not move") + ": "
                            + plan.reasons());
                }
                refused += plan.refused() ? 1 : 0;
            }
        }
        assertThat(problems).as("%d pairs, %d refused", pairs, refused).isEmpty();
        assertThat(refused).isLessThan(pairs);
    }
}
