package org.scatterbench.layout.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;

/**
 * For random current/new layout pairs: no keep-data plan changes a byte of a protected range of
 * the current layout, and a plan is refused exactly when a protected partition's start or size
 * changes (or it disappears). The protection rule is restated here from the issue, independently
 * of {@link Protection}.
 */
class KeepDataPropertyTest {

    private static final long UNIT = 0x80000;
    private static final Set<String> PROTECTED_NAMES = Set.of("userdata", "usrdata", "fat", "metadata", "cache",
            "nvram", "nvdata", "nvcfg", "protect_f", "protect_s", "protect1", "protect2", "pro_info", "proinfo",
            "persist", "seccfg", "frp");
    private static final String[] PROTECTED_POOL = { "proinfo", "NVRAM", "protect1", "PROTECT_S", "persist", "seccfg",
            "frp", "nvdata", "nvcfg", "metadata", "CACHE" };
    private static final String[] FREE_POOL = { "lk", "boot", "recovery", "logo", "secro", "tee1", "tee2", "dtbo",
            "vbmeta", "md1img", "scp", "spmfw", "expdb", "para", "misc", "vendor", "system", "odm", "oem" };

    @Property(tries = 400)
    void keepDataNeverTouchesProtectedBytesAndRefusesExactlyWhenOneMoves(@ForAll long seed) {
        Random r = new Random(seed);
        List<Spec> cur = randomSpecs(r);
        List<Spec> nxt = mutate(r, cur);
        Layout current = place("current", cur);
        Layout next = place("new", nxt);

        FlashPlan plan = new Planner().plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));

        List<ByteRange> guarded = new ArrayList<>();
        boolean protectedChanged = false;
        for (Partition c : current.partitions()) {
            if (!isProtected(c)) {
                continue;
            }
            guarded.add(c.range());
            Partition n = next.find(c.name()).orElse(null);
            boolean startOnly = n != null && (n.operation() == OperationType.NEEDRESIZE
                    || c.operation() == OperationType.NEEDRESIZE);
            if (n == null || n.start() != c.start() || (!startOnly && n.size() != c.size())) {
                protectedChanged = true;
            }
        }
        for (ByteRange t : plan.touchedRanges()) {
            for (ByteRange g : guarded) {
                assertThat(t.overlaps(g)).as("seed %d: %s touches protected %s", seed, t, g).isFalse();
            }
        }
        assertThat(plan.refused()).as("seed %d: %s", seed, plan.reasons()).isEqualTo(protectedChanged);
        if (!plan.refused()) {
            assertThat(plan.steps()).noneMatch(s -> s.range().region().isBootArea());
        }
        boolean table = plan.steps().stream().anyMatch(s -> s.action() == StepAction.WRITE_TABLE);
        Statistics.collect(plan.refused() ? "refused" : table ? "kept data, table rewritten" : "kept data, same table");
        Statistics.coverage(c -> {
            c.check("refused").percentage(p -> p > 10);
            c.check("kept data, table rewritten").percentage(p -> p > 1);
            c.check("kept data, same table").percentage(p -> p > 2);
        });
    }

    /** The rule; the table itself (pgpt, sgpt) is what keep-data rewrites, and end-relative entries are never written. */
    private static boolean isProtected(Partition p) {
        String n = p.baseName().toLowerCase(Locale.ROOT);
        if (n.equals("pgpt") || n.equals("sgpt") || p.isEndRelative()) {
            return false;
        }
        return PROTECTED_NAMES.contains(n) || p.operation() == OperationType.PROTECTED
                || p.operation() == OperationType.BINREGION || !p.upgradable();
    }

    /** A partition before placement. */
    private record Spec(String name, long units, boolean download, OperationType op, boolean upgradable, String file) {
        Spec withUnits(long u) {
            return new Spec(name, Math.max(1, u), download, op, upgradable, file);
        }
    }

    private static List<Spec> randomSpecs(Random r) {
        List<Spec> out = new ArrayList<>();
        List<String> pool = new ArrayList<>();
        pool.addAll(List.of(PROTECTED_POOL));
        pool.addAll(List.of(FREE_POOL));
        java.util.Collections.shuffle(pool, r);
        int n = 3 + r.nextInt(14);
        for (int i = 0; i < n; i++) {
            String name = pool.get(i);
            OperationType op = switch (r.nextInt(12)) {
                case 0 -> OperationType.PROTECTED;
                case 1 -> OperationType.BINREGION;
                case 2 -> OperationType.INVISIBLE;
                default -> OperationType.UPDATE;
            };
            boolean download = r.nextInt(5) != 0;
            boolean upgradable = r.nextInt(8) != 0;
            out.add(new Spec(name, 1 + r.nextInt(64), download, op, upgradable, name + ".img"));
        }
        if (r.nextBoolean()) {
            out.add(new Spec("userdata", 64 + r.nextInt(64), true,
                    r.nextInt(3) == 0 ? OperationType.NEEDRESIZE : OperationType.UPDATE, true, "userdata.img"));
        }
        return out;
    }

    private static List<Spec> mutate(Random r, List<Spec> cur) {
        List<Spec> out = new ArrayList<>();
        Map<String, Boolean> seen = new HashMap<>();
        // 0: identical layout, 1: few local changes, 2: compensated changes, 3: wild, 4: changes after the last
        // protected partition only
        int mode = r.nextInt(5);
        int lastProtected = -1;
        for (int i = 0; i < cur.size(); i++) {
            if (isProtectedSpec(cur.get(i))) {
                lastProtected = i;
            }
        }
        for (int i = 0; i < cur.size(); i++) {
            Spec s = cur.get(i);
            seen.put(s.name, true);
            int dice = switch (mode) {
                case 0 -> 99;
                case 2 -> r.nextBoolean() ? 4 : r.nextInt(3) == 0 ? 5 : 99;
                case 3 -> r.nextInt(6);
                case 4 -> i > lastProtected ? r.nextInt(6) : 99;
                default -> r.nextInt(14);
            };
            switch (dice) {
                case 0 -> out.add(s.withUnits(s.units + 1 + r.nextInt(8)));
                case 1 -> out.add(s.withUnits(s.units - 1 - r.nextInt(8)));
                case 2 -> {
                    // drop it (only unprotected ones in the compensated mode)
                    if (mode == 2 && isProtectedSpec(s)) {
                        out.add(s);
                    }
                }
                case 3 -> {
                    out.add(s);
                    out.add(new Spec("extra" + i, 1 + r.nextInt(8), true, OperationType.UPDATE, true, "extra.img"));
                }
                case 4 -> {
                    // grow this one and shrink the next by the same amount: nothing after them moves
                    if (i + 1 < cur.size() && cur.get(i + 1).units > 1) {
                        Spec nextSpec = cur.get(i + 1);
                        long d = 1 + r.nextInt((int) Math.min(8, nextSpec.units - 1));
                        out.add(s.withUnits(s.units + d));
                        out.add(nextSpec.withUnits(nextSpec.units - d));
                        i++;
                    } else {
                        out.add(s);
                    }
                }
                case 5 -> out.add(new Spec(s.name, s.units, s.download, s.op, s.upgradable, "new-" + s.file));
                default -> out.add(s);
            }
        }
        if (mode == 3 && r.nextBoolean() && !out.isEmpty() && out.get(out.size() - 1).name.equals("userdata")) {
            Spec u = out.get(out.size() - 1);
            out.set(out.size() - 1, new Spec(u.name, u.units + 100, u.download, OperationType.NEEDRESIZE, true, u.file));
        }
        return out;
    }

    private static boolean isProtectedSpec(Spec s) {
        return PROTECTED_NAMES.contains(s.name.toLowerCase(Locale.ROOT)) || s.op == OperationType.PROTECTED
                || s.op == OperationType.BINREGION || !s.upgradable;
    }

    private static Layout place(String source, List<Spec> specs) {
        LayoutBuilder b = new LayoutBuilder(source).boot("preloader", 0x40000).table("pgpt", UNIT);
        for (Spec s : specs) {
            b.add(s.name, s.units * UNIT, x -> x.downloadable(s.download).operation(s.op).upgradable(s.upgradable)
                    .fileName(s.download ? s.file : null));
        }
        b.endRelative("flashinfo", 0x84, 0x1000000);
        b.endRelative("sgpt", 4, UNIT);
        return b.build();
    }
}
