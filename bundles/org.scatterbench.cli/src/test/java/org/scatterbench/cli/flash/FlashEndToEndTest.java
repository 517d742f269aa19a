package org.scatterbench.cli.flash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunReport;
import org.scatterbench.flash.report.RunStatus;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.emulator.transport.PtyEndpoint;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.model.ByteRange;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;

/**
 * The flash command end to end against the virtual phone over a real TCP connection: the seed
 * case (a keep-data upgrade keeps user data and calibration byte-identical while system, boot,
 * recovery, logo and lk change), refusals that write nothing, injected faults that end in clear
 * errors without a write outside the plan, and a re-run that completes.
 */
class FlashEndToEndTest {

    private static final List<String> KEPT = List.of("userdata", "nvram", "nvdata", "protect1", "protect2", "proinfo");
    /** What the emulator's upgraded ROM changes and a keep-data plan writes (logo is protected in this scatter). */
    private static final List<String> UPGRADED = List.of("system", "boot", "recovery", "lk");

    @TempDir
    Path tmp;

    private VirtualPhoneFixture fx;

    @BeforeEach
    void setUp() throws Exception {
        fx = new VirtualPhoneFixture(tmp);
    }

    @AfterEach
    void tearDown() throws Exception {
        fx.close();
    }

    private VirtualPhoneFixture.Result flash(VirtualPhone phone, String... extra) throws Exception {
        try (TcpEndpoint ep = TcpEndpoint.listen(phone, 0)) {
            List<String> args = new java.util.ArrayList<>(List.of("flash", "--port", "tcp://127.0.0.1:" + ep.port(),
                    "--da", fx.da.toString(), "--scatter", fx.rom.resolve(fx.scatter.getFileName()).toString(), "--yes",
                    "--run-dir", tmp.resolve("run" + System.nanoTime()).toString(),
                    "--reports", tmp.resolve("reports").toString()));
            args.addAll(List.of(extra));
            return VirtualPhoneFixture.cli(args.toArray(String[]::new));
        }
    }

    private Map<String, String> hashes(List<String> names) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) {
            m.put(n, fx.sha256Ends(fx.partition(n).range()));
        }
        return m;
    }

    @Test
    void keepDataUpgradeChangesTheRomAndKeepsUserDataByteIdentical() throws Exception {
        Map<String, String> keptBefore = hashes(KEPT);
        Map<String, String> upgradedBefore = hashes(UPGRADED);
        VirtualPhone phone = fx.phone(FaultPlan.none());

        VirtualPhoneFixture.Result r = flash(phone, "--verify", "--calibration-backup", tmp.resolve("cal").toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Flash complete").contains("ME id").contains("CID").contains("verify system: done");
        // the calibration was backed up into a dated folder first, and the output says where
        try (java.util.stream.Stream<java.nio.file.Path> dated = java.nio.file.Files.list(tmp.resolve("cal"))) {
            java.nio.file.Path folder = dated.findFirst().orElseThrow();
            assertThat(folder.getFileName().toString()).matches("\\d{8}-\\d{6}_cid-[0-9A-F]+");
            assertThat(folder.resolve("SHA256SUMS")).exists();
            assertThat(r.out()).contains(") backed up to " + folder);
        }
        assertThat(hashes(KEPT)).isEqualTo(keptBefore);
        Map<String, String> upgradedAfter = hashes(UPGRADED);
        for (String n : UPGRADED) {
            assertThat(upgradedAfter.get(n)).as(n + " changed").isNotEqualTo(upgradedBefore.get(n));
        }
        WriteJournal j = phone.journal();
        for (String n : KEPT) {
            assertThat(j.touches(fx.partition(n).range())).as("journal touches " + n).isFalse();
        }
        assertThat(j.isEmpty()).isFalse();

        // every flash leaves a run report naming the phone and what was verified
        RunReport report = new ReportStore(tmp.resolve("reports")).find("latest").orElseThrow();
        assertThat(report.operation()).isEqualTo("flash");
        assertThat(report.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(report.device().toString()).contains("127.0.0.1");
        assertThat(report.verifiedPartitions()).containsAll(UPGRADED);
        assertThat(r.out()).contains("Run report: ");
    }

    /** What a phone cannot get back from any ROM: IMEI, radio and sensor calibration, production data. */
    private static final List<String> CALIBRATION = List.of("nvram", "nvdata", "protect1", "protect2", "proinfo");

    @Test
    void firmwareUpgradeRewritesTheTableAndPutsTheCalibrationBackByteForByte() throws Exception {
        Map<String, String> before = hashes(CALIBRATION);
        VirtualPhone phone = fx.phone(FaultPlan.none());

        VirtualPhoneFixture.Result r = flash(phone, "--mode", "firmware-upgrade", "--verify", "--calibration-backup",
                tmp.resolve("cal").toString());

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("write-table gpt: done").contains("backup nvram: done").contains("restore nvram: done")
                .contains("Flash complete");
        assertThat(hashes(CALIBRATION)).isEqualTo(before);
    }

    @Test
    void formatAllErasesEverythingAndItsCalibrationBackupBringsTheImeiBack() throws Exception {
        Map<String, String> before = hashes(CALIBRATION);
        String userdata = fx.sha256Ends(fx.partition("userdata").range());
        VirtualPhone phone = fx.phone(FaultPlan.none());

        VirtualPhoneFixture.Result r = flash(phone, "--mode", "format-all", "--calibration-backup",
                tmp.resolve("cal").toString());

        // format-all erases the calibration too, as SP Flash Tool's "Format All + Download" does
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(hashes(CALIBRATION)).isNotEqualTo(before);
        assertThat(fx.sha256Ends(fx.partition("userdata").range())).as("userdata erased").isNotEqualTo(userdata);
        // but not before a copy of it was on the PC, which the restore command the report names puts back
        Path backup;
        try (java.util.stream.Stream<Path> dated = Files.list(tmp.resolve("cal"))) {
            backup = dated.findFirst().orElseThrow();
        }
        try (TcpEndpoint ep = TcpEndpoint.listen(phone, 0)) {
            VirtualPhoneFixture.Result restore = VirtualPhoneFixture.cli("restore", "--port",
                    "tcp://127.0.0.1:" + ep.port(), "--da", fx.da.toString(), "--from", backup.toString(), "--yes",
                    "--reports", tmp.resolve("reports").toString());
            assertThat(restore.code()).as(restore.toString()).isZero();
        }
        assertThat(hashes(CALIBRATION)).isEqualTo(before);
    }

    @Test
    void keepDataUpgradeOverAPseudoTerminal() throws Exception {
        Map<String, String> keptBefore = hashes(KEPT);
        VirtualPhone phone = fx.phone(FaultPlan.none());
        Path link = tmp.resolve("ttyVirtualPhone");
        try (PtyEndpoint ep = PtyEndpoint.open(phone, link)) {
            VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("flash", "--port", link.toString(), "--da",
                    fx.da.toString(), "--scatter", fx.rom.resolve(fx.scatter.getFileName()).toString(), "--yes",
                    "--run-dir", tmp.resolve("run-pty").toString());
            assertThat(r.code()).as(r.toString()).isZero();
            assertThat(r.out()).contains("Flash complete");
        }
        assertThat(hashes(KEPT)).isEqualTo(keptBefore);
        assertThat(phone.journal().touches(fx.partition("boot").range())).isTrue();
    }

    @Test
    void firmwareUpgradeWithoutTheCalibrationBackupIsRefusedAndNothingIsWritten() throws Exception {
        VirtualPhone phone = fx.phone(FaultPlan.none());

        VirtualPhoneFixture.Result r = flash(phone, "--mode", "firmware-upgrade", "--no-calibration-backup");

        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err()).contains("calibration").doesNotContain("Exception");
        assertThat(phone.journal().isEmpty()).isTrue();
    }

    @Test
    void aNewLayoutIsWrittenTableFirstAndTheUserDataSurvives() throws Exception {
        // the new ROM's vendor is 16 MiB smaller: the table changes, nothing protected moves
        Path rom = fx.rom.resolve(fx.scatter.getFileName());
        String text = Files.readString(rom, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("partition_size: 0x32000000", text.indexOf("partition_name: vendor"));
        Files.writeString(rom, text.substring(0, at) + "partition_size: 0x31000000"
                + text.substring(at + "partition_size: 0x32000000".length()), java.nio.charset.StandardCharsets.UTF_8);
        Map<String, String> before = hashes(KEPT);
        VirtualPhone phone = fx.phone(FaultPlan.none());

        VirtualPhoneFixture.Result r = flash(phone, "--verify");

        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("write-table gpt: done").contains("verify gpt: done");
        assertThat(hashes(KEPT)).isEqualTo(before);
        org.scatterbench.model.Layout now = org.scatterbench.layout.table.PartitionTables.read(fx.image);
        assertThat(now.find("vendor").orElseThrow().size()).isEqualTo(0x31000000L);
    }

    @Test
    void aScatterWithAnErrorIsRefusedBeforeThePhoneIsTouched() throws Exception {
        Path rom = fx.rom.resolve(fx.scatter.getFileName());
        String text = Files.readString(rom, java.nio.charset.StandardCharsets.UTF_8);
        int at = text.indexOf("partition_size:", text.indexOf("partition_name: recovery"));
        int end = text.indexOf('\n', at);
        Path bad = tmp.resolve("bad_scatter.txt");
        Files.writeString(bad, text.substring(0, at) + "partition_size: 0xZZ00000" + text.substring(end),
                java.nio.charset.StandardCharsets.UTF_8);
        VirtualPhone phone = fx.phone(FaultPlan.none());
        try (TcpEndpoint ep = TcpEndpoint.listen(phone, 0)) {
            VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("flash", "--port", "tcp://127.0.0.1:" + ep.port(),
                    "--da", fx.da.toString(), "--scatter", bad.toString(), "--rom", fx.rom.toString(), "--yes",
                    "--run-dir", tmp.resolve("run").toString());
            assertThat(r.code()).as(r.toString()).isEqualTo(1);
            assertThat(r.err()).contains("bad_scatter.txt:").contains("0xZZ00000").contains("nothing is flashed");
        }
        assertThat(phone.journal().isEmpty()).isTrue();
    }

    @Test
    void aRomForAnotherChipIsRefusedAndNothingIsWritten() throws Exception {
        Path other = SharedDir.get().resolve("corpus/scatter/v1.x/MT6768_Dewil-King_mt6768.txt");
        VirtualPhone phone = fx.phone(FaultPlan.none());
        try (TcpEndpoint ep = TcpEndpoint.listen(phone, 0)) {
            VirtualPhoneFixture.Result r = VirtualPhoneFixture.cli("flash", "--port", "tcp://127.0.0.1:" + ep.port(),
                    "--da", fx.da.toString(), "--scatter", other.toString(), "--rom", fx.rom.toString(), "--yes",
                    "--run-dir", tmp.resolve("run").toString());
            assertThat(r.code()).as(r.toString()).isEqualTo(3);
            assertThat(r.err()).contains("MT6768").contains("nothing was written");
        }
        assertThat(phone.journal().isEmpty()).isTrue();
    }

    @Test
    void thePhonesOwnScatterAsCurrentFileIsAcceptedEndOfStorageReservationsIncluded() throws Exception {
        // otp is placed from the end of the storage in the scatter, at an absolute place in the phone's table
        assertThat(fx.layout.find("otp").orElseThrow().isEndRelative()).isTrue();
        VirtualPhone phone = fx.phone(FaultPlan.none());
        VirtualPhoneFixture.Result r = flash(phone, "--current", fx.scatter.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).doesNotContain("differs");
    }

    @Test
    void aCurrentFileThatDiffersFromThePhoneIsRefusedNamingTheDifference() throws Exception {
        Path other = VirtualPhoneFixture.trimmed(fx.scatter, tmp.resolve("old_scatter.txt"), "para");
        VirtualPhone phone = fx.phone(FaultPlan.none());
        VirtualPhoneFixture.Result r = flash(phone, "--current", other.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(3);
        assertThat(r.err() + r.out()).contains("para");
        assertThat(phone.journal().isEmpty()).isTrue();
    }

    @Test
    void aDaErrorOnWriteEndsTheRunNamingPartitionOffsetAndCodeAndAReRunCompletes() throws Exception {
        VirtualPhone faulty = fx.phone(FaultPlan.builder().answerStatus(0x010004, 0xC0040003L).build());
        VirtualPhoneFixture.Result r = flash(faulty);
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).contains("0xC0040003").contains("checksum error").contains("stopped at device offset")
                .contains("Completed:").doesNotContain("Exception");
        assertThat(faulty.journal().isEmpty()).isTrue();

        VirtualPhone healthy = fx.phone(FaultPlan.none());
        VirtualPhoneFixture.Result again = flash(healthy);
        assertThat(again.code()).as(again.toString()).isZero();
    }

    @Test
    void aLineThatDropsMidWriteIsReportedAndNoWriteFallsOutsideThePlan() throws Exception {
        VirtualPhone phone = fx.phone(FaultPlan.builder()
                .disconnectAfter(org.scatterbench.emulator.fault.Direction.FROM_HOST,
                        java.nio.file.Files.size(fx.da) + (3 << 20)).build());
        VirtualPhoneFixture.Result r = flash(phone);
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err()).containsAnyOf("disconnected", "stopped answering").contains("stopped at device offset")
                .contains("Completed: write").contains("Not done:").doesNotContain("Exception");
        for (String n : KEPT) {
            assertThat(phone.journal().touches(fx.partition(n).range())).isFalse();
        }
        List<ByteRange> planned = new Planner().plan(new PlanRequest(fx.layout, fx.layout, Optional.of(fx.rom),
                PlanMode.KEEP_DATA, Set.of())).touchedRanges();
        for (WriteJournal.Entry e : phone.journal().entries()) {
            assertThat(planned.stream().anyMatch(p -> p.contains(e.range()))).as("write " + e.range() + " inside the plan")
                    .isTrue();
        }
    }
}
