package org.scatterbench.flash.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.flash.brom.BromIdentity;
import org.scatterbench.flash.brom.TargetConfig;
import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.workflow.CurrentLayout;
import org.scatterbench.flash.workflow.FlashOutcome;
import org.scatterbench.flash.workflow.FlashPlanRequest;
import org.scatterbench.flash.workflow.FlashWorkflow;
import org.scatterbench.flash.workflow.PlannedFlash;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.layout.table.GptWriter;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;
import org.scatterbench.transport.stream.InMemoryPipe;

/**
 * Flashes that rewrite the partition table, end to end through {@link FlashWorkflow}: the plan's
 * VERIFY of the table compares the phone with the table it wrote, so a new layout completes (and
 * a table the phone did not take stops the run), and a firmware upgrade that moves nvram restores
 * it at its new place.
 */
class RepartitionFlashTest {

    private static final int MIB = 1 << 20;
    private static final ChipDescriptor MT6765 = new ChipDescriptor("mt6765", "MT6765/MT8768t", 0x0766, 0x6765,
            0x10007000L, 0x22000064L, Set.of(Storage.EMMC), "xflash", "test");
    /** boot, system, nvram, userdata: start and size in MiB. */
    private static final int[][] FACTORY = { { 2, 2 }, { 4, 2 }, { 6, 2 }, { 8, 2 } };

    @TempDir
    Path tmp;

    private MemoryDa da;
    private DeviceSession session;
    private Path rom;

    @BeforeEach
    void phoneWithUserData() throws Exception {
        da = new MemoryDa(16 * MIB);
        for (TableWrite w : new GptWriter().write(layout("factory", FACTORY), da.user.length)) {
            System.arraycopy(w.bytes(), 0, da.user, (int) w.range().start(), w.bytes().length);
        }
        Arrays.fill(da.user, 6 * MIB, 8 * MIB, (byte) 0x5A); // nvram: IMEI and calibration
        Arrays.fill(da.user, 8 * MIB, 10 * MIB, (byte) 0x6B); // userdata
        BromIdentity id = new BromIdentity(0x0766, 0x8A00, 0xCA00, 0, true, new TargetConfig(0), new byte[16], new byte[32]);
        session = DeviceSession.of(InMemoryPipe.open("host", "memory-phone").a(), id, MT6765, da);
        rom = Files.createDirectories(tmp.resolve("rom"));
        Files.write(rom.resolve("boot.img"), filled(MIB, 0x11));
        Files.write(rom.resolve("system.img"), filled(MIB, 0x22));
    }

    private static byte[] filled(int n, int value) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) value);
        return b;
    }

    private static Layout layout(String source, int[][] mib) {
        String[] names = { "boot", "system", "nvram", "userdata" };
        List<Partition> parts = new ArrayList<>();
        parts.add(Partition.builder("pgpt").index(0).region(Region.EMMC_USER).storage(Storage.EMMC).start(0)
                .size(0x80000).downloadable(false).upgradable(false).operation(OperationType.INVISIBLE).type("NONE")
                .build());
        for (int i = 0; i < names.length; i++) {
            Partition.Builder b = Partition.builder(names[i]).index(i + 1).region(Region.EMMC_USER)
                    .storage(Storage.EMMC).start((long) mib[i][0] * MIB).size((long) mib[i][1] * MIB);
            parts.add((i < 2 ? b.fileName(names[i] + ".img") : b.downloadable(false)).build());
        }
        // the backup table at the end of the disk, as MTK scatters list it
        parts.add(Partition.builder("sgpt").index(names.length + 1).region(Region.EMMC_USER).storage(Storage.EMMC)
                .start(0).size(0x80000).endRelativeBlocks(4L).downloadable(false).upgradable(false).reserved(true)
                .boundaryCheck(false).operation(OperationType.RESERVED).type("NONE").build());
        return new Layout(source, "MT6765", Storage.EMMC, 0x20000, parts, Map.of());
    }

    private PlannedFlash plan(int[][] mib, PlanMode mode) throws Exception {
        return new FlashWorkflow(session).plan(new FlashPlanRequest(layout("new_scatter.txt", mib), Optional.of(rom),
                mode, Set.of(), Set.of(), CurrentLayout.fromDevice(), false, tmp.resolve("backup"), Optional.empty(),
                Optional.of(tmp.resolve("calibration"))), new NullProgressMonitor());
    }

    private FlashOutcome run(PlannedFlash planned) {
        return new FlashWorkflow(session).run(planned, new NullProgressMonitor());
    }

    private ByteRange partitionOnPhone(String name) throws Exception {
        return session.readLayout(new NullProgressMonitor()).find(name).orElseThrow().range();
    }

    private byte[] bytes(ByteRange r) {
        return Arrays.copyOfRange(da.user, (int) r.start(), (int) r.end());
    }

    @Test
    void keepDataWithANewTableCompletesAndThePhoneHoldsTheNewTable() throws Exception {
        // boot shrinks and system starts earlier; nvram and userdata stay where they are
        int[][] next = { { 2, 1 }, { 3, 3 }, { 6, 2 }, { 8, 2 } };
        PlannedFlash planned = plan(next, PlanMode.KEEP_DATA);
        assertThat(planned.plan().steps()).anyMatch(s -> s.action() == StepAction.WRITE_TABLE)
                .anyMatch(s -> s.action() == StepAction.VERIFY && s.partition().equals("gpt"));

        FlashOutcome o = run(planned);

        assertThat(o.report().outcome()).as(o.report().summary()).isEqualTo(FlashReport.Outcome.DONE);
        assertThat(partitionOnPhone("system")).isEqualTo(new ByteRange(Region.EMMC_USER, 3L * MIB, 3L * MIB));
        assertThat(bytes(new ByteRange(Region.EMMC_USER, 6L * MIB, 2L * MIB))).containsOnly(0x5A);
        assertThat(bytes(new ByteRange(Region.EMMC_USER, 8L * MIB, 2L * MIB))).containsOnly(0x6B);
    }

    @Test
    void aFirmwareUpgradeThatMovesNvramRestoresItAtItsNewPlace() throws Exception {
        // system grows by 1 MiB: nvram and userdata move up by 1 MiB
        int[][] next = { { 2, 2 }, { 4, 3 }, { 7, 2 }, { 9, 2 } };
        FlashOutcome o = run(plan(next, PlanMode.FIRMWARE_UPGRADE));

        assertThat(o.report().outcome()).as(o.report().summary()).isEqualTo(FlashReport.Outcome.DONE);
        ByteRange nvram = partitionOnPhone("nvram");
        assertThat(nvram).isEqualTo(new ByteRange(Region.EMMC_USER, 7L * MIB, 2L * MIB));
        assertThat(bytes(nvram)).as("the IMEI and calibration, restored at nvram's new place").containsOnly(0x5A);
        assertThat(bytes(partitionOnPhone("system")).length).isEqualTo(3 * MIB);
    }

    /** nvram and userdata move up by 1 MiB as system grows. */
    private static final int[][] MOVED = { { 2, 2 }, { 4, 3 }, { 7, 2 }, { 9, 2 } };

    @Test
    void aWriteThatFailsAfterTheNewTableStillRestoresNvramAtItsNewPlace() throws Exception {
        PlannedFlash planned = plan(MOVED, PlanMode.FIRMWARE_UPGRADE);
        da.failOnWrite = 2; // the table (primary, backup), then the first image write fails once
        da.failOnlyOnce = true;

        FlashOutcome o = run(planned);

        assertThat(o.report().outcome()).isEqualTo(FlashReport.Outcome.FAILED);
        assertThat(o.report().message()).contains("write boot").contains("nvram was restored from its backup and read back");
        assertThat(bytes(partitionOnPhone("nvram"))).as("the IMEI and calibration at nvram's new place").containsOnly(0x5A);
    }

    @Test
    void aRestoreThatFailsToNamesTheOnlyCopyAndWhereItBelongs() throws Exception {
        PlannedFlash planned = plan(MOVED, PlanMode.FIRMWARE_UPGRADE);
        da.failOnWrite = 2; // every write from the first image on fails: the phone is gone

        FlashOutcome o = run(planned);

        assertThat(o.report().outcome()).isEqualTo(FlashReport.Outcome.FAILED);
        assertThat(o.report().message()).contains("RESTORE OF nvram FAILED")
                .contains("its only copy is " + tmp.resolve("backup").resolve("nvram.bin"))
                .contains("to be written back to EMMC_USER[0x700000..0x900000)");
        assertThat(Files.readAllBytes(tmp.resolve("backup").resolve("nvram.bin"))).containsOnly(0x5A);
    }

    @Test
    void aCancelAfterTheNewTableStillRestoresNvramAndSaysSo() throws Exception {
        PlannedFlash planned = plan(MOVED, PlanMode.FIRMWARE_UPGRADE);
        NullProgressMonitor cancelAfterBoot = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return da.writes.size() >= 3; // table, backup table, boot
            }
        };

        FlashOutcome o = new FlashWorkflow(session).run(planned, cancelAfterBoot);

        assertThat(o.report().outcome()).isEqualTo(FlashReport.Outcome.CANCELLED);
        assertThat(o.report().summary()).contains("nvram was restored from its backup and read back")
                .contains("Not done: write system");
        assertThat(bytes(partitionOnPhone("nvram"))).containsOnly(0x5A);
    }

    @Test
    void aStopBeforeTheNewTableIsInForceRestoresNothing() throws Exception {
        PlannedFlash planned = plan(MOVED, PlanMode.FIRMWARE_UPGRADE);
        da.dropsWritesTo = new ByteRange(Region.EMMC_USER, 0, 0x4400); // the table does not take

        FlashOutcome o = run(planned);

        assertThat(o.report().outcome()).isEqualTo(FlashReport.Outcome.FAILED);
        assertThat(o.report().message()).contains("verify of gpt failed").doesNotContain("restored");
        assertThat(bytes(new ByteRange(Region.EMMC_USER, 6L * MIB, 2L * MIB))).as("nvram at its old place, untouched")
                .containsOnly(0x5A);
        assertThat(bytes(new ByteRange(Region.EMMC_USER, 8L * MIB, MIB))).as("nothing restored over userdata")
                .containsOnly(0x6B);
    }

    @Test
    void aTableThePhoneDidNotTakeStopsTheRunBeforeTheImages() throws Exception {
        int[][] next = { { 2, 1 }, { 3, 3 }, { 6, 2 }, { 8, 2 } };
        PlannedFlash planned = plan(next, PlanMode.KEEP_DATA);
        da.dropsWritesTo = new ByteRange(Region.EMMC_USER, 0, 0x4400);

        FlashOutcome o = run(planned);

        assertThat(o.report().outcome()).isEqualTo(FlashReport.Outcome.FAILED);
        assertThat(o.report().message()).contains("verify of gpt failed").contains("differ from the table written");
        assertThat(o.report().completed()).noneMatch(step -> step.startsWith("write boot") || step.startsWith("write system"));
    }
}
