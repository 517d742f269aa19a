package org.scatterbench.flash.op;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.workflow.CurrentLayout;
import org.scatterbench.flash.workflow.FlashOutcome;
import org.scatterbench.flash.workflow.FlashPlanRequest;
import org.scatterbench.flash.workflow.FlashRefusedException;
import org.scatterbench.flash.workflow.FlashWorkflow;
import org.scatterbench.flash.workflow.PlannedFlash;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.layout.table.GptWriter;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;
import org.scatterbench.transport.stream.InMemoryPipe;

/**
 * The shared flash sequence ({@link FlashWorkflow}) over the in-memory phone of this package: plan
 * first, then run, with the report saved.
 */
class FlashWorkflowTest {

    private static final int MIB = 1 << 20;
    private static final ChipDescriptor MT6765 = new ChipDescriptor("mt6765", "MT6765/MT8768t", 0x0766, 0x6765,
            0x10007000L, 0x22000064L, Set.of(Storage.EMMC), "xflash", "test");

    @TempDir
    Path tmp;

    private MemoryDa da;
    private Layout layout;
    private DeviceSession session;
    private Path rom;

    @BeforeEach
    void phoneWithUserData() throws Exception {
        da = new MemoryDa(16 * MIB);
        layout = layout("rom.txt", "MT6765");
        for (TableWrite w : new GptWriter().write(layout, da.user.length)) {
            System.arraycopy(w.bytes(), 0, da.user, (int) w.range().start(), w.bytes().length);
        }
        Arrays.fill(da.user, 6 * MIB, 10 * MIB, (byte) 0x5A); // nvram + userdata: the user's data
        BromIdentity id = new BromIdentity(0x0766, 0x8A00, 0xCA00, 0, true, new TargetConfig(0), new byte[16], new byte[32]);
        session = DeviceSession.of(InMemoryPipe.open("host", "memory-phone").a(), id, MT6765, da);
        rom = Files.createDirectories(tmp.resolve("rom"));
        byte[] boot = new byte[MIB];
        Arrays.fill(boot, (byte) 0x11);
        Files.write(rom.resolve("boot.img"), boot);
        byte[] system = new byte[MIB];
        Arrays.fill(system, (byte) 0x22);
        Files.write(rom.resolve("system.img"), system);
    }

    private static Layout layout(String source, String platform) {
        List<Partition> parts = new ArrayList<>();
        String[] names = { "boot", "system", "nvram", "userdata" };
        for (int i = 0; i < names.length; i++) {
            Partition.Builder b = Partition.builder(names[i]).index(i).region(Region.EMMC_USER).storage(Storage.EMMC)
                    .start((i + 1L) * 2 * MIB).size(2 * MIB);
            parts.add((i < 2 ? b.fileName(names[i] + ".img") : b.downloadable(false)).build());
        }
        return new Layout(source, platform, Storage.EMMC, 0x20000, parts, Map.of());
    }

    private FlashPlanRequest request(Layout next, Set<String> excluded, boolean verify, Optional<ReportStore> reports) {
        return new FlashPlanRequest(next, Optional.of(rom), PlanMode.KEEP_DATA, Set.of(), excluded,
                CurrentLayout.fromDevice(), verify, tmp.resolve("backup"), reports);
    }

    private static List<String> partitions(List<PlanStep> steps, StepAction action) {
        return steps.stream().filter(s -> s.action() == action).map(PlanStep::partition).toList();
    }

    @Test
    void plansAgainstThePhonesTableThenRunsAndSavesTheReport() throws Exception {
        FlashWorkflow workflow = new FlashWorkflow(session);
        ReportStore store = new ReportStore(tmp.resolve("reports"));

        PlannedFlash planned = workflow.plan(request(layout, Set.of(), false, Optional.of(store)),
                new NullProgressMonitor());

        assertThat(planned.plan().refused()).as(String.join("; ", planned.plan().reasons())).isFalse();
        assertThat(planned.assumed().find("userdata")).isPresent();
        assertThat(partitions(planned.plan().steps(), StepAction.WRITE)).containsExactlyInAnyOrder("boot", "system");
        assertThat(da.writes).as("planning writes nothing").isEmpty();

        FlashOutcome outcome = workflow.run(planned, new NullProgressMonitor());

        assertThat(outcome.report().outcome()).isEqualTo(FlashReport.Outcome.DONE);
        assertThat(da.user[2 * MIB]).isEqualTo((byte) 0x11);
        assertThat(da.user[4 * MIB]).isEqualTo((byte) 0x22);
        assertThat(da.user[6 * MIB]).as("nvram kept").isEqualTo((byte) 0x5A);
        assertThat(da.user[10 * MIB - 1]).as("userdata kept").isEqualTo((byte) 0x5A);
        assertThat(outcome.reportProblem()).isEmpty();
        assertThat(outcome.savedReport()).hasValueSatisfying(p -> assertThat(p).startsWith(tmp.resolve("reports")).exists());
    }

    @Test
    void verifyAddsAReadBackForEveryImageWriteAndExcludedPartitionsAreNotWritten() throws Exception {
        FlashWorkflow workflow = new FlashWorkflow(session);

        PlannedFlash planned = workflow.plan(request(layout, Set.of("system"), true, Optional.empty()),
                new NullProgressMonitor());
        FlashOutcome outcome = workflow.run(planned, new NullProgressMonitor());

        assertThat(partitions(planned.plan().steps(), StepAction.WRITE)).containsExactly("boot");
        assertThat(partitions(planned.plan().steps(), StepAction.VERIFY)).containsExactly("boot");
        assertThat(outcome.report().ok()).isTrue();
        assertThat(da.user[4 * MIB]).as("system was unticked").isEqualTo((byte) 0);
        assertThat(outcome.savedReport()).isEmpty();
    }

    private FlashPlanRequest withCalibration(PlanMode mode, Optional<Path> calibration) {
        return new FlashPlanRequest(layout, Optional.of(rom), mode, Set.of(), Set.of(), CurrentLayout.fromDevice(),
                false, tmp.resolve("backup"), Optional.empty(), calibration);
    }

    @Test
    void theCalibrationIsBackedUpIntoADatedFolderBeforeTheFirstWrite() throws Exception {
        FlashWorkflow workflow = new FlashWorkflow(session);
        Path base = tmp.resolve("calibration");

        FlashOutcome outcome = workflow.run(workflow.plan(withCalibration(PlanMode.KEEP_DATA, Optional.of(base)),
                new NullProgressMonitor()), new NullProgressMonitor());

        assertThat(outcome.report().ok()).as(outcome.report().summary()).isTrue();
        List<Path> dated;
        try (var l = Files.list(base)) {
            dated = l.toList();
        }
        assertThat(dated).hasSize(1);
        assertThat(dated.get(0).getFileName().toString()).matches("\\d{8}-\\d{6}_.+");
        byte[] nvram = Files.readAllBytes(dated.get(0).resolve("nvram.img"));
        assertThat(nvram).hasSize(2 * MIB).containsOnly((byte) 0x5A);
        assertThat(dated.get(0).resolve("SHA256SUMS")).exists();
        assertThat(outcome.report().log().get(0)).startsWith("Calibration (nvram) backed up to " + dated.get(0));
        assertThat(da.user[2 * MIB]).as("then the flash ran").isEqualTo((byte) 0x11);
    }

    @Test
    void aCalibrationBackupThatFailsStopsTheFlashBeforeAnyWrite() throws Exception {
        FlashWorkflow workflow = new FlashWorkflow(session);
        Path notAFolder = Files.writeString(tmp.resolve("a-file"), "x");

        FlashOutcome outcome = workflow.run(workflow.plan(withCalibration(PlanMode.KEEP_DATA,
                Optional.of(notAFolder)), new NullProgressMonitor()), new NullProgressMonitor());

        assertThat(outcome.report().outcome()).isEqualTo(FlashReport.Outcome.REFUSED);
        assertThat(outcome.report().message()).contains("calibration backup").contains("nothing was written");
        assertThat(da.writes).isEmpty();
    }

    @Test
    void cancellingDuringTheCalibrationBackupEndsCancelledWithNothingWritten() throws Exception {
        FlashWorkflow workflow = new FlashWorkflow(session);
        PlannedFlash planned = workflow.plan(withCalibration(PlanMode.KEEP_DATA, Optional.of(tmp.resolve("cal"))),
                new NullProgressMonitor());
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);

        FlashOutcome outcome = workflow.run(planned, cancelled);

        assertThat(outcome.report().outcome()).isEqualTo(FlashReport.Outcome.CANCELLED);
        assertThat(outcome.report().message()).contains("calibration backup").contains("nothing was written");
        assertThat(da.writes).isEmpty();
    }

    @Test
    void firmwareUpgradeIsRefusedWithoutACalibrationBackup() {
        FlashWorkflow workflow = new FlashWorkflow(session);

        assertThatThrownBy(() -> workflow.plan(withCalibration(PlanMode.FIRMWARE_UPGRADE, Optional.empty()),
                new NullProgressMonitor())).isInstanceOf(FlashRefusedException.class)
                .hasMessageContaining("calibration");
        assertThat(da.writes).isEmpty();
    }

    @Test
    void theBrickGuardRefusesBeforeTheCurrentLayoutIsAskedFor() {
        FlashWorkflow workflow = new FlashWorkflow(session);
        FlashPlanRequest wrongChip = new FlashPlanRequest(layout("other.txt", "MT6580"), Optional.of(rom),
                PlanMode.KEEP_DATA, Set.of(), Set.of(), (s, m) -> {
                    throw new AssertionError("the current layout must not be read after a brick-guard refusal");
                }, false, tmp.resolve("backup"), Optional.empty());

        assertThatThrownBy(() -> workflow.plan(wrongChip, new NullProgressMonitor()))
                .isInstanceOf(FlashRefusedException.class)
                .hasMessageContaining("other.txt is for MT6580");
        assertThat(da.writes).isEmpty();
    }

    @Test
    void aRefusedPlanRunsNothing() throws Exception {
        FlashWorkflow workflow = new FlashWorkflow(session);
        Layout moved = layout.withPartitions(layout.partitions().stream()
                .map(p -> p.name().equals("userdata") ? p.toBuilder().start(11L * MIB).build() : p).toList());

        PlannedFlash planned = workflow.plan(request(moved, Set.of(), false, Optional.empty()), new NullProgressMonitor());
        FlashOutcome outcome = workflow.run(planned, new NullProgressMonitor());

        assertThat(planned.plan().refused()).isTrue();
        assertThat(outcome.report().ok()).isFalse();
        assertThat(da.writes).isEmpty();
    }
}
