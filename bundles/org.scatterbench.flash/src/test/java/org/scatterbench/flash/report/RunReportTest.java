package org.scatterbench.flash.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Region;
import org.scatterbench.scatter.ScatterFiles;

import com.google.gson.JsonParseException;

/** Reports built from real plans (corpus scatters through the Planner), stored, listed and read back. */
class RunReportTest {

    @TempDir
    Path tmp;

    /** A clock that moves one second per reading, so every recorded time is distinct and known. */
    private static Clock ticking(Instant start) {
        return new Clock() {
            private Instant now = start;

            @Override
            public synchronized Instant instant() {
                Instant t = now;
                now = now.plusSeconds(1);
                return t;
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        };
    }

    private static FlashPlan realPlan() throws Exception {
        Path scatter = SharedCorpus.root().resolve("corpus/scatter/v1.x/MT6765_Dewil-King_k65v1.txt");
        Layout l = ScatterFiles.read(scatter).layout();
        return new Planner(f -> 4096).plan(PlanRequest.of(l, l, PlanMode.KEEP_DATA));
    }

    private RunReport sample(Instant start, String port) throws Exception {
        RunRecorder r = new RunRecorder("flash", new DeviceIdentity(port + " (tcp)", port, "MT6765", "0x0766", "AB",
                "CD", "150100", "EMMC"), ticking(start));
        FlashPlan plan = realPlan();
        r.plan(PlanRecord.of(plan));
        ByteRange boot = new ByteRange(Region.EMMC_USER, 0x1000000, 0x2000000);
        r.begin("write", "boot", boot, "Write boot").bytes(2L << 20).written("aa").verified(true).done();
        r.begin("write", "system", boot, "Write system").bytes(1L << 20).written("bb").failed("the phone stopped");
        r.notRun("verify", "system", boot, "Verify system");
        r.note("options: --verify");
        return r.finish(RunStatus.FAILED, "the phone stopped");
    }

    @Test
    void recordsStepsWithTimesRatesAndVerdictsOfARealPlan() throws Exception {
        RunReport rep = sample(Instant.parse("2026-11-26T07:00:00Z"), "tcp://127.0.0.1:5555");
        assertThat(rep.plan().mode()).isEqualTo("keep-data");
        assertThat(rep.plan().verdicts()).isNotEmpty()
                .anySatisfy(v -> assertThat(v.partition()).isEqualToIgnoringCase("userdata"));
        assertThat(rep.plan().verdicts()).filteredOn(v -> v.partition().equalsIgnoreCase("userdata"))
                .allSatisfy(v -> assertThat(v.verdict()).isEqualTo("kept"));
        assertThat(rep.steps()).extracting(StepRecord::index).containsExactly(1, 2, 3);
        StepRecord first = rep.steps().get(0);
        assertThat(first.duration()).isEqualTo(Duration.ofSeconds(1));
        assertThat(first.mibPerSecond()).isEqualTo(2.0);
        assertThat(rep.steps().get(1).outcome()).isEqualTo(StepOutcome.FAILED);
        assertThat(rep.steps().get(2).outcome()).isEqualTo(StepOutcome.NOT_RUN);
        assertThat(rep.verifiedPartitions()).containsExactly("boot");
        assertThat(rep.totalBytes()).isEqualTo(3L << 20);
        assertThat(rep.id()).isEqualTo("20261126-070000-000_tcp-127.0.0.1-5555");
    }

    @Test
    void jsonRoundTripKeepsEverything() throws Exception {
        RunReport rep = sample(Instant.parse("2026-11-26T07:00:00.123456789Z"), "/dev/ttyACM0");
        RunReport back = ReportJson.read(ReportJson.write(rep));
        assertThat(back).isEqualTo(rep);
        assertThat(ReportJson.write(rep)).contains("\"startedAt\": \"2026-11-26T07:00:00.123456789Z\"", "\"cid\": \"150100\"");
        assertThatThrownBy(() -> ReportJson.read("{}")).isInstanceOf(JsonParseException.class);
    }

    @Test
    void textNamesDeviceStepsHashesAndVerifiedPartitions() throws Exception {
        String t = ReportText.render(sample(Instant.parse("2026-11-26T07:00:00Z"), "usb"));
        assertThat(t).contains("status:    FAILED - the phone stopped", "CID:       150100", "ME id:     AB",
                "written sha256 aa", "verified:  boot", "NOT_RUN", "plan (keep-data)");
    }

    @Test
    void storeSavesPairsListsInTimeOrderAndFindsLatestAndPrefixes() throws Exception {
        ReportStore store = new ReportStore(tmp.resolve("reports"));
        RunReport late = sample(Instant.parse("2026-11-26T08:00:00Z"), "tcp://127.0.0.1:1");
        RunReport early = sample(Instant.parse("2026-11-26T07:00:00Z"), "tcp://127.0.0.1:2");
        Path j = store.save(late);
        store.save(early);
        Path again = store.save(early);
        assertThat(j.getFileName().toString()).isEqualTo(late.id() + ".json");
        assertThat(again.getFileName().toString()).isEqualTo(early.id() + "-2.json");
        assertThat(Files.exists(tmp.resolve("reports").resolve(late.id() + ".txt"))).isTrue();
        Files.writeString(tmp.resolve("reports/broken.json"), "{ not json");
        List<String> problems = new ArrayList<>();
        List<RunReport> all = store.list(problems);
        assertThat(all).extracting(RunReport::id).containsExactly(early.id(), early.id() + "-2", late.id());
        assertThat(problems).singleElement().asString().contains("broken.json");
        assertThat(store.find("latest")).map(RunReport::id).contains(late.id());
        assertThat(store.find("20261126-08")).map(RunReport::id).contains(late.id());
        assertThat(store.find("20261126-07")).isEmpty();
        assertThat(store.find("nope")).isEmpty();
    }

    @Test
    void folderComesFromOptionThenEnvironmentThenHome() {
        assertThat(ReportStore.locate(Optional.of(tmp), Map.of(ReportStore.ENV, "/x")).folder()).isEqualTo(tmp);
        assertThat(ReportStore.locate(Optional.empty(), Map.of(ReportStore.ENV, "/x/y")).folder().toString())
                .isEqualTo("/x/y");
        assertThat(ReportStore.locate(Optional.empty(), Map.of()).folder().toString())
                .endsWith(".scatterbench/reports");
    }
}
