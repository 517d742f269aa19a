package org.scatterbench.flash.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.scatterbench.image.sparse.SparseImageWriter;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.layout.table.GptWriter;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;
import org.scatterbench.transport.stream.InMemoryPipe;

/** The engine over an in-memory DA: binding, fence, sparse streaming, verify, cancellation, failure reports. */
class FlashOperationTest {

    private static final int MIB = 1 << 20;
    private static final ChipDescriptor MT6765 = new ChipDescriptor("mt6765", "MT6765/MT8768t", 0x0766, 0x6765,
            0x10007000L, 0x22000064L, Set.of(Storage.EMMC), "xflash", "test");

    @TempDir
    Path tmp;

    private MemoryDa da;
    private Layout layout;
    private DeviceSession session;

    @BeforeEach
    void setUp() throws Exception {
        da = new MemoryDa(16 * MIB);
        List<Partition> parts = new ArrayList<>();
        String[] names = { "boot", "system", "nvram", "userdata" };
        for (int i = 0; i < names.length; i++) {
            parts.add(Partition.builder(names[i]).region(Region.EMMC_USER).storage(Storage.EMMC).start((i + 1L) * 2 * MIB)
                    .size(2 * MIB).build());
        }
        layout = new Layout("old.txt", "MT6765", Storage.EMMC, 0x20000, parts, java.util.Map.of());
        for (TableWrite w : new GptWriter().write(layout, da.user.length)) {
            System.arraycopy(w.bytes(), 0, da.user, (int) w.range().start(), w.bytes().length);
        }
        Arrays.fill(da.user, 6 * MIB, 10 * MIB, (byte) 0x5A); // nvram + userdata: the user's data
        BromIdentity id = new BromIdentity(0x0766, 0x8A00, 0xCA00, 0, true, new TargetConfig(0), new byte[16], new byte[32]);
        session = DeviceSession.of(InMemoryPipe.open("host", "memory-phone").a(), id, MT6765, da);
    }

    private ByteRange range(String name) {
        return layout.find(name).orElseThrow().range();
    }

    private Path raw(String name, int size, int value) throws Exception {
        byte[] b = new byte[size];
        Arrays.fill(b, (byte) value);
        return Files.write(tmp.resolve(name), b);
    }

    private FlashReport run(List<PlanStep> steps, Layout assumed, org.eclipse.core.runtime.IProgressMonitor m) {
        FlashPlan plan = new FlashPlan(PlanMode.KEEP_DATA, false, List.of(), steps, List.of());
        return new FlashOperation(session, new FlashRequest(plan, assumed, layout, tmp.resolve("backup"))).run(m);
    }

    @Test
    void writesImagesVerifiesThemAndLeavesEverythingElseAlone() throws Exception {
        byte[] before = da.user.clone();
        Path boot = raw("boot.img", MIB + 100, 0x11);
        FlashReport r = run(List.of(PlanStep.write("boot", range("boot"), boot, ""),
                PlanStep.of(StepAction.VERIFY, "boot", range("boot"), "")), layout, new NullProgressMonitor());
        assertThat(r.outcome()).as(r.summary()).isEqualTo(FlashReport.Outcome.DONE);
        assertThat(r.completed()).containsExactly("write boot", "verify boot");
        int s = (int) range("boot").start();
        assertThat(Arrays.copyOfRange(da.user, s, s + MIB + 100)).containsOnly(0x11);
        assertThat(Arrays.copyOfRange(da.user, s + MIB + 100, s + MIB + 512)).containsOnly(0);
        assertThat(Arrays.copyOfRange(da.user, 0, s)).isEqualTo(Arrays.copyOfRange(before, 0, s));
        assertThat(Arrays.copyOfRange(da.user, s + 2 * MIB, da.user.length))
                .isEqualTo(Arrays.copyOfRange(before, s + 2 * MIB, da.user.length));
    }

    @Test
    void aSparseImageIsExpandedOnTheFlyAndDontCareKeepsTheOldBytes() throws Exception {
        Path img = tmp.resolve("system.simg");
        try (SparseImageWriter w = SparseImageWriter.create(img, 4096, false)) {
            byte[] data = new byte[4096];
            Arrays.fill(data, (byte) 0x77);
            w.raw(data);
            w.dontCare(2);
            w.fill(0x01020304, 1);
        }
        int s = (int) range("system").start();
        Arrays.fill(da.user, s, s + 2 * MIB, (byte) 0xEE);
        FlashReport r = run(List.of(PlanStep.write("system", range("system"), img, "")), layout, new NullProgressMonitor());
        assertThat(r.ok()).as(r.summary()).isTrue();
        assertThat(Arrays.copyOfRange(da.user, s, s + 4096)).containsOnly(0x77);
        assertThat(Arrays.copyOfRange(da.user, s + 4096, s + 3 * 4096)).containsOnly(0xEE);
        assertThat(Arrays.copyOfRange(da.user, s + 3 * 4096, s + 3 * 4096 + 4)).containsExactly(4, 3, 2, 1);
    }

    @Test
    void aLayoutThatDiffersFromThePhoneIsRefusedBeforeAnyWrite() throws Exception {
        Layout wrong = layout.withPartitions(layout.partitions().stream()
                .map(p -> p.name().equals("nvram") ? p.withSize(MIB) : p).toList());
        FlashReport r = run(List.of(PlanStep.write("boot", range("boot"), raw("boot.img", MIB, 1), "")), wrong,
                new NullProgressMonitor());
        assertThat(r.outcome()).isEqualTo(FlashReport.Outcome.REFUSED);
        assertThat(r.message()).contains("nvram").contains("0x100000").contains("0x200000");
        assertThat(da.writes).isEmpty();
    }

    @Test
    void anImageLargerThanItsPartitionIsRefusedBeforeAnyWrite() throws Exception {
        FlashReport r = run(List.of(PlanStep.write("system", range("system"), raw("system.img", MIB, 1), ""),
                PlanStep.write("boot", range("boot"), raw("big.img", 3 * MIB, 2), "")), layout, new NullProgressMonitor());
        assertThat(r.outcome()).isEqualTo(FlashReport.Outcome.REFUSED);
        assertThat(r.message()).contains("boot").contains("big.img");
        assertThat(da.writes).isEmpty();
    }

    @Test
    void aDaErrorStopsTheRunWithoutRetryAndReportsWhereItGot() throws Exception {
        da.failOnWrite = 1;
        FlashReport r = run(List.of(PlanStep.write("boot", range("boot"), raw("boot.img", MIB, 1), ""),
                PlanStep.write("system", range("system"), raw("system.img", MIB, 2), "")), layout, new NullProgressMonitor());
        assertThat(r.outcome()).isEqualTo(FlashReport.Outcome.FAILED);
        assertThat(r.completed()).containsExactly("write boot");
        assertThat(r.remaining()).containsExactly("write system");
        assertThat(r.message()).contains("write system").contains("0x400000").contains("0xC0040003")
                .contains("checksum error");
        assertThat(da.writes).hasSize(1);
    }

    @Test
    void cancellationBetweenCommandsSaysWhatCompleted() throws Exception {
        NullProgressMonitor m = new NullProgressMonitor() {
            @Override
            public boolean isCanceled() {
                return da.writes.size() >= 1;
            }
        };
        FlashReport r = run(List.of(PlanStep.write("boot", range("boot"), raw("boot.img", MIB, 1), ""),
                PlanStep.write("system", range("system"), raw("system.img", MIB, 2), "")), layout, m);
        assertThat(r.outcome()).isEqualTo(FlashReport.Outcome.CANCELLED);
        assertThat(r.completed()).containsExactly("write boot");
        assertThat(r.summary()).contains("none cut in half").contains("Not done: write system");
        assertThat(da.writes).hasSize(1);
    }

    @Test
    void backupAndRestoreRoundTripAndAVerifyOfAKeptPartitionCatchesChanges() throws Exception {
        ByteRange nv = range("nvram");
        FlashReport r = run(List.of(PlanStep.of(StepAction.BACKUP, "nvram", nv, ""),
                PlanStep.of(StepAction.FORMAT, "nvram", nv, ""), PlanStep.of(StepAction.RESTORE, "nvram", nv, ""),
                PlanStep.of(StepAction.VERIFY, "nvram", nv, "")), layout, new NullProgressMonitor());
        assertThat(r.ok()).as(r.summary()).isTrue();
        assertThat(Arrays.copyOfRange(da.user, (int) nv.start(), (int) nv.end())).containsOnly(0x5A);
        assertThat(tmp.resolve("backup/nvram.bin")).hasSize(nv.length());

        ByteRange ud = range("userdata");
        FlashReport bad = run(List.of(PlanStep.of(StepAction.FORMAT, "userdata", ud, ""),
                PlanStep.of(StepAction.VERIFY, "userdata", ud, "")), layout, new NullProgressMonitor());
        assertThat(bad.outcome()).isEqualTo(FlashReport.Outcome.FAILED);
        assertThat(bad.message()).contains("verify of userdata failed");
    }

    @Test
    void aBackupLeftByAnEarlierRunIsNeverOverwrittenAndNothingIsWritten() throws Exception {
        // an earlier run backed nvram up, wrote, and stopped before its restore: this file is the only good copy
        Path earlier = Files.createDirectories(tmp.resolve("backup")).resolve("nvram.bin");
        byte[] good = new byte[(int) range("nvram").length()];
        Arrays.fill(good, (byte) 0x5A);
        Files.write(earlier, good);
        ByteRange nv = range("nvram");
        Arrays.fill(da.user, (int) nv.start(), (int) nv.end(), (byte) 0xEE); // what the interrupted run left
        Path boot = raw("boot.img", MIB, 0x11);
        FlashReport r = run(List.of(PlanStep.of(StepAction.BACKUP, "nvram", nv, ""),
                PlanStep.write("boot", range("boot"), boot, ""), PlanStep.of(StepAction.RESTORE, "nvram", nv, "")),
                layout, new NullProgressMonitor());
        assertThat(r.outcome()).isEqualTo(FlashReport.Outcome.FAILED);
        assertThat(r.message()).contains("refusing to overwrite the backup").contains("nvram.bin")
                .contains("only copy of nvram");
        assertThat(Files.readAllBytes(earlier)).isEqualTo(good);
        assertThat(da.writes).isEmpty();
    }

    @Test
    void aRefusedPlanRunsNothing() {
        FlashPlan refused = new FlashPlan(PlanMode.KEEP_DATA, true, List.of("userdata would move"), List.of(), List.of());
        FlashReport r = new FlashOperation(session, new FlashRequest(refused, layout, layout, tmp)).run(null);
        assertThat(r.outcome()).isEqualTo(FlashReport.Outcome.REFUSED);
        assertThat(r.summary()).contains("nothing was written").contains("userdata would move");
        assertThat(da.writes).isEmpty();
    }
}
