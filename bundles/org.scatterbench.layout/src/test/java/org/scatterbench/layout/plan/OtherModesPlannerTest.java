package org.scatterbench.layout.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

class OtherModesPlannerTest {

    private static final long MIB = 1024 * 1024;
    private final Planner planner = new Planner();

    @Test
    void firmwareUpgradeBacksUpWritesTableThenImagesThenRestores() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        Layout next = LayoutBuilder.mt6582(0x20000000).build();

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.FIRMWARE_UPGRADE));

        assertThat(plan.refused()).as(plan.reasons().toString()).isFalse();
        List<StepAction> actions = plan.steps().stream().map(PlanStep::action).toList();
        int firstTable = actions.indexOf(StepAction.WRITE_TABLE);
        int lastBackup = actions.lastIndexOf(StepAction.BACKUP);
        int firstWrite = actions.indexOf(StepAction.WRITE);
        int lastWrite = actions.lastIndexOf(StepAction.WRITE);
        int firstRestore = actions.indexOf(StepAction.RESTORE);
        assertThat(lastBackup).isLessThan(firstTable);
        assertThat(firstTable).isLessThan(firstWrite);
        assertThat(lastWrite).isLessThan(firstRestore);
        assertThat(plan.steps().stream().filter(s -> s.action() == StepAction.BACKUP).map(PlanStep::partition))
                .contains("NVRAM", "PRO_INFO", "PROTECT_F", "PROTECT_S", "SECCFG").doesNotContain("USRDATA", "CACHE");
        assertThat(plan.verdictOf("NVRAM").get().verdict()).isEqualTo(Verdict.BACKED_UP_AND_RESTORED);
        assertThat(plan.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.LOST);
        assertThat(plan.verdictOf("USRDATA").get().reason()).contains("cannot survive");
        assertThat(plan.verdictOf("PRELOADER").get().verdict()).isEqualTo(Verdict.WRITTEN);
    }

    @Test
    void firmwareUpgradeThatFormatsMetadataDoesNotCallUserdataKept() {
        // system grows by 1 MiB into metadata, which moves; userdata keeps its place and size
        Layout current = new LayoutBuilder("current").table("pgpt", 0x80000)
                .nodl("nvram", 0x500000, org.scatterbench.model.OperationType.BINREGION)
                .fs("system", 0x4000000).nodl("metadata", 0x2000000, org.scatterbench.model.OperationType.INVISIBLE)
                .fs("userdata", 0x8000000).endRelative("sgpt", 4, 0x80000).build();
        Layout next = new LayoutBuilder("next").table("pgpt", 0x80000)
                .nodl("nvram", 0x500000, org.scatterbench.model.OperationType.BINREGION)
                .fs("system", 0x4000000 + MIB).nodl("metadata", 0x2000000 - MIB,
                        org.scatterbench.model.OperationType.INVISIBLE)
                .fs("userdata", 0x8000000).endRelative("sgpt", 4, 0x80000).build();
        assertThat(next.find("userdata").get().range()).isEqualTo(current.find("userdata").get().range());

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.FIRMWARE_UPGRADE));

        assertThat(plan.refused()).as(plan.reasons().toString()).isFalse();
        assertThat(plan.verdictOf("metadata").get().verdict()).isEqualTo(Verdict.LOST);
        assertThat(plan.verdictOf("userdata").get().verdict()).isEqualTo(Verdict.LOST);
        assertThat(plan.verdictOf("userdata").get().reason()).contains("metadata").contains("encryption");
        assertThat(plan.steps()).anyMatch(st -> st.partition().equals("userdata") && st.action().modifiesDevice());
    }

    @Test
    void firmwareUpgradeRestoresAMovedNvramAtItsNewPlaceAfterEveryWrite() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        // PRO_INFO grows by 1 MiB: NVRAM and everything after it move by 1 MiB, ANDROID shrinks to compensate
        Layout next = current.withPartitions(current.partitions().stream().map(p -> {
            if (p.name().equals("PRO_INFO")) {
                return p.withSize(p.size() + MIB);
            }
            boolean after = p.region().isUserArea() && !p.isEndRelative() && p.start() > current.find("PRO_INFO").get()
                    .start() && p.start() <= current.find("ANDROID").get().start();
            Partition moved = after ? p.withStart(p.start() + MIB) : p;
            return p.name().equals("ANDROID") ? moved.withSize(p.size() - MIB) : moved;
        }).toList());
        Partition oldNvram = current.find("NVRAM").get();

        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.FIRMWARE_UPGRADE));

        assertThat(plan.refused()).as(plan.reasons().toString()).isFalse();
        PlanStep backup = plan.steps().stream().filter(s -> s.action() == StepAction.BACKUP && s.partition().equals("NVRAM"))
                .findFirst().get();
        PlanStep restore = plan.steps().stream()
                .filter(s -> s.action() == StepAction.RESTORE && s.partition().equals("NVRAM")).findFirst().get();
        assertThat(backup.range()).isEqualTo(oldNvram.range());
        assertThat(restore.range().start()).isEqualTo(oldNvram.start() + MIB);
        assertThat(restore.range().length()).isEqualTo(oldNvram.size());
        int lastWrite = -1;
        for (int i = 0; i < plan.steps().size(); i++) {
            if (plan.steps().get(i).action() == StepAction.WRITE) {
                lastWrite = i;
            }
        }
        assertThat(plan.steps().indexOf(restore)).isGreaterThan(lastWrite);
        assertThat(plan.verdictOf("NVRAM").get().verdict()).isEqualTo(Verdict.BACKED_UP_AND_RESTORED);
        // userdata did not move, so firmware-upgrade leaves its bytes alone
        Partition userdata = current.find("USRDATA").get();
        assertThat(plan.touchedRanges()).noneMatch(r -> r.overlaps(userdata.range()));
        assertThat(plan.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.KEPT);

        FlashPlan keep = planner.plan(PlanRequest.of(current, next, PlanMode.KEEP_DATA));
        assertThat(keep.refused()).isTrue();
        assertThat(keep.reasons()).anyMatch(r -> r.startsWith("NVRAM would move") && r.contains("PRO_INFO larger")
                && r.contains("firmware-upgrade"));
    }

    @Test
    void aLayoutForAnotherStorageIsRefusedInEveryMode() {
        Layout emmc = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        Layout ufs = new Layout("ufs", "", org.scatterbench.model.Storage.UFS, emmc.blockSize(), emmc.partitions(),
                java.util.Map.of());
        for (PlanMode m : PlanMode.values()) {
            FlashPlan plan = planner.plan(PlanRequest.of(emmc, ufs, m));
            assertThat(plan.refused()).as(m.cliName()).isTrue();
            assertThat(plan.reasons()).anyMatch(r -> r.contains("for UFS storage but the current one is for EMMC"));
        }
    }

    @Test
    void firmwareUpgradeWithUnchangedUserdataKeepsIt() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        FlashPlan plan = planner.plan(PlanRequest.of(current, current, PlanMode.FIRMWARE_UPGRADE));
        assertThat(plan.refused()).isFalse();
        assertThat(plan.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.KEPT);
        Partition userdata = current.find("USRDATA").get();
        assertThat(plan.touchedRanges()).noneMatch(r -> r.overlaps(userdata.range()));
    }

    @Test
    void firmwareUpgradeRefusesASmallerNvram() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        Layout next = current.withPartitions(current.partitions().stream()
                .map(p -> p.name().equals("NVRAM") ? p.withSize(p.size() - MIB) : p).toList());
        FlashPlan plan = planner.plan(PlanRequest.of(current, next, PlanMode.FIRMWARE_UPGRADE));
        assertThat(plan.refused()).isTrue();
        assertThat(plan.reasons()).anyMatch(r -> r.contains("The new NVRAM (4 MiB) is smaller than the current one (5 MiB)")
                && r.contains("IMEI"));
        assertThat(plan.verdictOf("NVRAM").get().verdict()).isEqualTo(Verdict.LOST);
    }

    @Test
    void downloadOnlyRefusesAChangedLayoutAndWritesThePreloaderOtherwise() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        FlashPlan same = planner.plan(PlanRequest.of(current, current, PlanMode.DOWNLOAD_ONLY));
        assertThat(same.refused()).isFalse();
        assertThat(same.steps().stream().map(PlanStep::partition)).contains("PRELOADER", "ANDROID")
                .doesNotContain("USRDATA", "CACHE", "NVRAM", "MBR");

        FlashPlan changed = planner.plan(PlanRequest.of(current, LayoutBuilder.mt6582(0x20000000).build(),
                PlanMode.DOWNLOAD_ONLY));
        assertThat(changed.refused()).isTrue();
        assertThat(changed.reasons().get(0)).contains("PMT changed").contains("ANDROID would grow");
    }

    @Test
    void formatAllErasesEverythingButSavesACopyOfTheCalibrationFirst() {
        Layout current = LayoutBuilder.mt6582(0x10000000).build();
        FlashPlan plan = planner.plan(PlanRequest.of(current, LayoutBuilder.mt6582(0x20000000).build(),
                PlanMode.FORMAT_ALL));
        assertThat(plan.refused()).isFalse();
        List<StepAction> actions = plan.steps().stream().map(PlanStep::action).toList();
        assertThat(actions.get(0)).isEqualTo(StepAction.BACKUP);
        assertThat(actions.indexOf(StepAction.FORMAT)).isLessThan(actions.indexOf(StepAction.WRITE_TABLE));
        assertThat(plan.verdictOf("NVRAM").get().verdict()).isEqualTo(Verdict.ERASED);
        assertThat(plan.verdictOf("USRDATA").get().verdict()).isEqualTo(Verdict.WRITTEN);
        assertThat(plan.reasons()).anyMatch(r -> r.contains("IMEI"));
    }

    @Test
    void romFolderMissingOrOversizedImagesRefuseBeforeAnyStep(@TempDir Path rom) throws IOException {
        Layout layout = LayoutBuilder.mt6582(0x10000000).build();
        for (String f : List.of("uboot.img", "bootimg.img", "recovery.img", "secro.img", "logo.img")) {
            Files.write(rom.resolve(f), new byte[4096]);
        }
        // system.img missing
        FlashPlan missing = planner.plan(PlanRequest.of(layout, layout, PlanMode.KEEP_DATA).withRom(rom));
        assertThat(missing.refused()).isTrue();
        assertThat(missing.reasons()).anyMatch(r -> r.contains("system.img") && r.contains("missing"));

        // a sparse system.img whose expanded size (1 GiB) exceeds ANDROID (256 MiB) although the file is tiny
        Files.write(rom.resolve("system.img"), sparseHeader(4096, 262144));
        FlashPlan tooBig = planner.plan(PlanRequest.of(layout, layout, PlanMode.KEEP_DATA).withRom(rom));
        assertThat(tooBig.refused()).isTrue();
        assertThat(tooBig.reasons()).anyMatch(r -> r.contains("system.img (1 GiB once expanded) does not fit ANDROID"));

        Files.write(rom.resolve("system.img"), sparseHeader(4096, 1024));
        FlashPlan ok = planner.plan(PlanRequest.of(layout, layout, PlanMode.KEEP_DATA).withRom(rom));
        assertThat(ok.refused()).as(ok.reasons().toString()).isFalse();
        assertThat(ok.reasons()).noneMatch(r -> r.contains("skipped"));
        assertThat(ok.steps().stream().filter(s -> s.partition().equals("ANDROID")).findFirst().get().image())
                .contains(rom.resolve("system.img"));
    }

    @Test
    void aRomEntryThatIsNotAFileSaysWhatItIs(@TempDir Path rom) throws IOException {
        Layout layout = LayoutBuilder.mt6582(0x10000000).build();
        for (String f : List.of("uboot.img", "bootimg.img", "recovery.img", "secro.img", "logo.img")) {
            Files.write(rom.resolve(f), new byte[4096]);
        }
        Files.createDirectory(rom.resolve("system.img"));
        FlashPlan folder = planner.plan(PlanRequest.of(layout, layout, PlanMode.KEEP_DATA).withRom(rom));
        assertThat(folder.reasons()).anyMatch(r -> r.contains("system.img") && r.contains("is a folder, not a file"))
                .noneMatch(r -> r.contains("missing from"));
        Files.delete(rom.resolve("system.img"));
        Files.createSymbolicLink(rom.resolve("system.img"), rom.resolve("gone.img"));
        FlashPlan dangling = planner.plan(PlanRequest.of(layout, layout, PlanMode.KEEP_DATA).withRom(rom));
        assertThat(dangling.refused()).isTrue();
        assertThat(dangling.reasons()).anyMatch(r -> r.contains("system.img") && r.contains("symbolic link to a missing"));
    }

    /** A valid sparse image of one DONT_CARE chunk covering {@code blocks} blocks. */
    static byte[] sparseHeader(int blockSize, int blocks) {
        ByteBuffer b = ByteBuffer.allocate(28 + 12).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xED26FF3A).putShort((short) 1).putShort((short) 0).putShort((short) 28).putShort((short) 12);
        b.putInt(blockSize).putInt(blocks).putInt(1).putInt(0);
        b.putShort((short) 0xCAC3).putShort((short) 0).putInt(blocks).putInt(12);
        return b.array();
    }
}
