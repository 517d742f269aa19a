package org.scatterbench.cli.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.backup.VirtualPhoneRig;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.multi.DeviceResult;
import org.scatterbench.flash.multi.EngineFlashWork;
import org.scatterbench.flash.report.ImageHashes;
import org.scatterbench.flash.multi.MultiDeviceRun;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunReport;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.flash.report.StepRecord;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Region;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;

/**
 * Four virtual phones on loopback TCP flashed at once, each by its own job: their write steps
 * overlap in time (by the recorded intervals), and a phone whose endpoint is closed mid-flash
 * fails alone while the three others complete and verify.
 */
class MultiDeviceFlashTest {

    @TempDir
    Path tmp;

    @Test
    void fourPhonesInParallelOneKilledMidFlash() throws Exception {
        List<VirtualPhoneRig> rigs = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                rigs.add(VirtualPhoneRig.start(tmp.resolve("phone" + i)));
            }
            Path scatter = VirtualPhoneRig.writeRom(tmp.resolve("rom"));
            Layout rom = ScatterFiles.read(scatter).layout();
            VirtualPhoneRig victim = rigs.get(2);
            List<String> ports = rigs.stream().map(VirtualPhoneRig::port).toList();
            TransportRegistry registry = TransportRegistry.builtin();
            // the victim's endpoint is closed once 3 MiB of the flash went out: mid-way through system
            AtomicLong sent = new AtomicLong();
            MultiDeviceRun run = new MultiDeviceRun(port -> {
                Transport t = registry.open(port, TransportOptions.defaults());
                return port.equals(victim.port()) ? new KillAfter(t, 3L << 20, victim, sent) : t;
            }, SessionOptions.of(DaFile.read(rigs.get(0).daFile)).withReplyTimeout(Duration.ofSeconds(5)),
                    ChipRegistry.load(), new ReportStore(tmp.resolve("reports")));
            EngineFlashWork work = new EngineFlashWork(rom, scatter.getParent(), PlanMode.KEEP_DATA, Set.of(), true,
                    tmp.resolve("backups"), Optional.empty(), new ImageHashes(), Clock.systemUTC());

            List<DeviceResult> results = run.run(ports, "flash", work, new NullProgressMonitor());

            assertThat(results).hasSize(4);
            for (int i = 0; i < 4; i++) {
                DeviceResult r = results.get(i);
                assertThat(r.port()).isEqualTo(ports.get(i));
                assertThat(r.reportFile()).isPresent();
                assertThat(Files.exists(r.reportFile().get())).isTrue();
                if (i == 2) {
                    assertThat(r.report().status()).isEqualTo(RunStatus.FAILED);
                    assertThat(r.report().error()).isNotBlank();
                    continue;
                }
                assertThat(r.report().status()).as(r.report().error()).isEqualTo(RunStatus.SUCCEEDED);
                assertThat(r.report().verifiedPartitions()).containsExactlyInAnyOrder("boot", "system");
                assertThat(r.report().device().cid()).isNotEmpty();
                VirtualPhoneRig rig = rigs.get(i);
                // only boot and system were written; the protected and user partitions were not touched
                assertThat(rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0x80000, 0x200000))).isFalse();
                assertThat(rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0xA80000, 0x400000))).isFalse();
                assertThat(rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0x480000, 0x600000))).isTrue();
            }

            List<Instant[]> intervals = new ArrayList<>();
            for (DeviceResult r : results) {
                intervals.add(writeInterval(r.report()));
            }
            // the victim's writes began before it died, so all four intervals exist; every pair overlaps
            int overlapping = 0;
            for (int a = 0; a < 4; a++) {
                for (int b = a + 1; b < 4; b++) {
                    if (intervals.get(a)[0].isBefore(intervals.get(b)[1])
                            && intervals.get(b)[0].isBefore(intervals.get(a)[1])) {
                        overlapping++;
                    }
                }
            }
            assertThat(overlapping).as("pairs of phones whose write steps overlapped in time").isGreaterThanOrEqualTo(3);
            assertThat(sent.get()).isGreaterThanOrEqualTo(3L << 20);
        } finally {
            for (VirtualPhoneRig r : rigs) {
                r.close();
            }
        }
    }

    /** From the start of the first write step to the end of the last one that ran. */
    private static Instant[] writeInterval(RunReport r) {
        Instant start = null;
        Instant end = null;
        for (StepRecord s : r.steps()) {
            if (!s.action().equals("write") || s.startedAt() == null) {
                continue;
            }
            start = start == null || s.startedAt().isBefore(start) ? s.startedAt() : start;
            end = end == null || s.endedAt().isAfter(end) ? s.endedAt() : end;
        }
        assertThat(start).as("a write step ran on " + r.device().port()).isNotNull();
        return new Instant[] { start, end };
    }

    /** Closes the phone's endpoint once {@code limit} bytes went out to it: the phone dies mid-flash. */
    private static final class KillAfter implements Transport {
        private final Transport t;
        private final long limit;
        private final VirtualPhoneRig rig;
        private final AtomicLong sent;

        KillAfter(Transport t, long limit, VirtualPhoneRig rig, AtomicLong sent) {
            this.t = t;
            this.limit = limit;
            this.rig = rig;
            this.sent = sent;
        }

        @Override
        public TransportDescription describe() {
            return t.describe();
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            t.write(data, offset, length);
            if (sent.addAndGet(length) >= limit) {
                rig.endpoint.close();
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
            return t.read(buffer, offset, length, timeout);
        }

        @Override
        public void discardInput() throws IOException {
            t.discardInput();
        }

        @Override
        public boolean isOpen() {
            return t.isOpen();
        }

        @Override
        public void close() throws IOException {
            t.close();
        }
    }

    @SuppressWarnings("unused")
    private static Map<String, Object> unused() {
        return Map.of();
    }
}
