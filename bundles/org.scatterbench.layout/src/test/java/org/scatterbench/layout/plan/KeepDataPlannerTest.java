package org.scatterbench.layout.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

class KeepDataPlannerTest {

    private static final long MIB = 1024 * 1024;
    private final Planner planner = new Planner();

    private static List<String> written(FlashPlan plan) {
        return plan.steps().stream().filter(s -> s.action() == StepAction.WRITE).map(PlanStep::partition).toList();
    }

    @Test
    void sameLayoutWritesOnlyTheUnprotectedImagesAndLeavesTheBootAreaAlone() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        Layout next = LayoutBuilder.mt6582(0x10000000).build();

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));

        assertThat(plan.refused()).isFalse();
        assertThat(written(plan)).containsExactly("UBOOT", "BOOTIMG", "RECOVERY", "SEC_RO", "LOGO", "ANDROID");
        assertThat(plan.steps()).noneMatch(s -> s.action() == StepAction.WRITE_TABLE || s.action() == StepAction.FORMAT);
        assertThat(plan.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.KEPT);
        assertThat(plan.verdictOf("CACHE").get().verdict()).isEqualTo(Verdict.KEPT);
        assertThat(plan.verdictOf("NVRAM").get().verdict()).isEqualTo(Verdict.KEPT);
        assertThat(plan.verdictOf("PRELOADER").get().verdict()).isEqualTo(Verdict.KEPT);
        assertThat(plan.verdictOf("PRELOADER").get().reason()).contains("boot loader");
        assertThat(plan.verdictOf("ANDROID").get().verdict()).isEqualTo(Verdict.WRITTEN);
        assertThat(plan.reasons()).anyMatch(r -> r.contains("Image checks were skipped"));
        // every partition of the layout has a verdict
        assertThat(plan.partitions()).hasSize(next.partitions().size());
    }

    @Test
    void grownSystemThatShiftsUserdataRefusesAndExplainsWhy() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        Layout next = LayoutBuilder.mt6582(0x20000000).build();

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));

        assertThat(plan.refused()).isTrue();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.touchedRanges()).isEmpty();
        String all = String.join("\n", plan.reasons());
        assertThat(all).contains("USRDATA would move from 0x").contains("(+256 MiB)")
                .contains("ANDROID larger (+256 MiB)").contains("your apps").contains("firmware-upgrade")
                .contains("format-all").contains("CACHE would move").contains("--wipe-cache");
        assertThat(plan.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.LOST);
        assertThat(plan.verdictOf("BOOTIMG").get().verdict()).isEqualTo(Verdict.KEPT);
    }

    @Test
    void optingInToWipeCacheStillRefusesBecauseUserdataMoves() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        Layout next = LayoutBuilder.mt6582(0x20000000).build();

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA).withOptIn(Set.of("cache")));

        assertThat(plan.refused()).isTrue();
        assertThat(plan.reasons()).noneMatch(r -> r.startsWith("CACHE"));
        assertThat(plan.reasons()).anyMatch(r -> r.startsWith("USRDATA"));
    }

    @Test
    void optInToWipeCacheWritesCacheAndSaysSo() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        FlashPlan plan = planner.plan(PlanRequest.of(current, current, PlanMode.KEEP_DATA).withOptIn(Set.of("CACHE")));

        assertThat(plan.refused()).isFalse();
        assertThat(written(plan)).contains("CACHE").doesNotContain("USRDATA");
        assertThat(plan.verdictOf("CACHE").get().verdict()).isEqualTo(Verdict.ERASED);
        assertThat(plan.verdictOf("CACHE").get().reason()).contains("You allowed wiping CACHE");
    }

    @Test
    void movingOnlyUnprotectedPartitionsRewritesTheTableAndKeepsData() {
        // BOOTIMG grows by 1 MiB and RECOVERY shrinks by 1 MiB: only unprotected partitions move
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        Layout next = current.withPartitions(current.partitions().stream().map(p -> switch (p.name()) {
            case "BOOTIMG" -> p.withSize(p.size() + MIB);
            case "RECOVERY" -> p.withStart(p.start() + MIB).withSize(p.size() - MIB);
            default -> p;
        }).toList());

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));

        assertThat(plan.refused()).as(plan.reasons().toString()).isFalse();
        assertThat(plan.steps().get(0).action()).isEqualTo(StepAction.WRITE_TABLE);
        assertThat(plan.steps().get(0).partition()).isEqualTo("mbr-ebr");
        assertThat(plan.steps().get(0).tableWrites()).hasSize(3); // MBR, EBR1, EBR2
        assertThat(written(plan)).contains("BOOTIMG", "RECOVERY");
        assertThat(plan.verdictOf("MBR").get().verdict()).isEqualTo(Verdict.WRITTEN);
        assertThat(plan.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.KEPT);
        assertThat(plan.reasons()).anyMatch(r -> r.contains("first partition that moves is RECOVERY"));
        assertNoProtectedTouched(current, plan);
    }

    @Test
    void gptTableChangeWithUnknownDeviceSizeSaysTheBackupPositionIsAssumed() {
        Layout current = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        Layout next = current.withPartitions(current.partitions().stream()
                .map(p -> p.name().equals("boot") ? p.withSize(p.size() - MIB) : p)
                .map(p -> p.name().equals("recovery") ? p.withStart(p.start() - MIB).withSize(p.size() + MIB) : p)
                .toList());

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));

        assertThat(plan.refused()).as(plan.reasons().toString()).isFalse();
        PlanStep table = plan.steps().get(0);
        assertThat(table.action()).isEqualTo(StepAction.WRITE_TABLE);
        assertThat(table.tableWrites()).hasSize(2);
        assertThat(table.tableWrites().get(0).range().start()).isZero();
        assertThat(plan.reasons()).anyMatch(r -> r.contains("assumed user area"));
        assertNoProtectedTouched(current, plan);
    }

    @Test
    void gptAgainstADeviceTableWithRealUserdataSizeIsNotALayoutChange() {
        long disk = 0x20000000;
        Layout scatter = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        // the device grew userdata to the end of the storage, before flashinfo and sgpt
        long flashinfoStart = disk - 0x84L * 0x20000;
        Layout device = scatter.withPartitions(scatter.partitions().stream()
                .filter(p -> !p.region().isBootArea())
                .map(p -> p.name().equals("userdata") ? p.withSize(flashinfoStart - p.start()) : p).toList())
                .withRegionSize(org.scatterbench.model.Region.EMMC_USER, disk);

        FlashPlan plan = planner.plan(PlanRequest.of(device, scatter, PlanMode.KEEP_DATA));

        assertThat(plan.refused()).as(plan.reasons().toString()).isFalse();
        assertThat(plan.steps()).noneMatch(s -> s.action() == StepAction.WRITE_TABLE);
        assertThat(written(plan)).containsExactly("lk", "boot", "recovery", "logo", "system");
        assertNoProtectedTouched(device, plan);
    }

    @Test
    void needResizeUserdataIsComparedByStartOnly() {
        Layout current = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        Layout next = current.withPartitions(current.partitions().stream()
                .map(p -> p.name().equals("userdata")
                        ? p.toBuilder().size(0xc0000000L).operation(org.scatterbench.model.OperationType.NEEDRESIZE).build()
                        : p)
                .toList());

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));

        assertThat(plan.refused()).as(plan.reasons().toString()).isFalse();
        assertThat(plan.steps()).noneMatch(s -> s.action() == StepAction.WRITE_TABLE);
    }

    @Test
    void protectedPartitionMissingFromTheNewLayoutRefuses() {
        Layout current = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        Layout next = current.withPartitions(current.partitions().stream()
                .map(p -> p.name().equals("persist") ? p : p)
                .filter(p -> !p.name().equals("frp")).toList());
        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));
        assertThat(plan.refused()).isTrue();
        assertThat(plan.reasons()).anyMatch(r -> r.startsWith("frp") && r.contains("does not exist in the new layout")
                && r.contains("factory-reset protection"));
    }

    @Test
    void newPartitionOverlappingAProtectedRangeIsCaughtBeforeAnyStep() {
        Layout current = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        Partition nvram = current.find("nvram").get();
        // a new ROM that adds a downloadable partition on top of NVRAM (a broken layout)
        List<Partition> ps = new java.util.ArrayList<>(current.partitions());
        ps.add(Partition.builder("evil").start(nvram.start()).size(0x100000).fileName("evil.img").build());
        FlashPlan plan = planner.plan(PlanRequest.of(current, current.withPartitions(ps), PlanMode.KEEP_DATA));
        assertThat(plan.refused()).isTrue();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.reasons()).anyMatch(r -> r.contains("nvram") && r.contains("overlaps evil"));
    }

    @Test
    void safetyNetRefusesAnyStepThatChangesAKeptOrProtectedRange() {
        Layout current = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        PlanContext ctx = new PlanContext(PlanRequest.of(current, current, PlanMode.KEEP_DATA), p -> 0);
        KeepDataMode.plan(ctx);
        SafetyNet.check(ctx);
        assertThat(ctx.refused()).isFalse();
        Partition nvram = current.find("nvram").get();
        ctx.step(PlanStep.of(StepAction.FORMAT, "boot", new ByteRange(nvram.region(), nvram.end() - 512, 1024), "x"));
        SafetyNet.check(ctx);
        FlashPlan plan = ctx.build();
        assertThat(plan.refused()).isTrue();
        assertThat(plan.steps()).isEmpty();
        assertThat(plan.reasons()).anyMatch(r -> r.startsWith("Safety check: step") && r.contains("format boot")
                && r.contains("nvram"));
    }

    static void assertNoProtectedTouched(Layout current, FlashPlan plan) {
        List<ByteRange> guarded = Protection.protectedRanges(current, Set.of(), 0);
        for (ByteRange t : plan.touchedRanges()) {
            for (ByteRange g : guarded) {
                assertThat(t.overlaps(g)).as(t + " touches protected " + g).isFalse();
            }
        }
    }
}
