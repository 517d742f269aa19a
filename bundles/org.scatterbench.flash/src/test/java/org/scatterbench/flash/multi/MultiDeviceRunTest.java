package org.scatterbench.flash.multi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.transport.stream.InMemoryPipe;

/**
 * The per-phone isolation of a multi-device run without phones: a port that cannot be opened and
 * a phone that never answers each end in their own FAILED report, saved to the store, in the
 * order the ports were given; the work never runs for them. (Four real virtual phones at once are
 * flashed by the CLI bundle's MultiDeviceFlashTest, which has the emulator on its class path.)
 */
class MultiDeviceRunTest {

    @TempDir
    Path tmp;

    /** A well-formed one-entry DA container (MTK-PROTOCOL.md section 3); never uploaded, as no phone answers. */
    private static DaFile anyDa() throws Exception {
        int data = 0x1000;
        java.nio.ByteBuffer f = java.nio.ByteBuffer.allocate(data + 0x100 + 0x400 + 0x400)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        f.put(0, "MTK_DOWNLOAD_AGENT".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        f.putInt(0x68, 1);
        int e = 0x6C;
        f.putShort(e, (short) 0xDADA).putShort(e + 2, (short) 0x6765).putShort(e + 18, (short) 3);
        int[][] regions = { { data, 0x100, 0, 0, 0 }, { data + 0x100, 0x400, 0x200000, 0, 0x100 },
                { data + 0x500, 0x400, 0x40000000, 0, 0x100 } };
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 5; k++) {
                f.putInt(e + 20 + r * 20 + 4 * k, regions[r][k]);
            }
        }
        return DaFile.parse("test.bin", f.array());
    }

    @Test
    void eachFailingPhoneGetsItsOwnReportAndTheWorkNeverRunsForIt() throws Exception {
        ReportStore store = new ReportStore(tmp.resolve("reports"));
        MultiDeviceRun run = new MultiDeviceRun(port -> {
            if (port.equals("gone")) {
                throw new IOException("no such port: gone");
            }
            // a line whose far end never answers the handshake, then is closed
            InMemoryPipe p = InMemoryPipe.open(port, port + "-phone");
            p.b().close();
            return p.a();
        }, SessionOptions.of(anyDa()).withReplyTimeout(java.time.Duration.ofMillis(200)),
                ChipRegistry.fromDrivers(List.of()), store);
        boolean[] ran = new boolean[1];
        List<DeviceResult> results = run.run(List.of("gone", "silent"), "flash", (s, r, m) -> {
            ran[0] = true;
            return RunStatus.SUCCEEDED;
        }, new NullProgressMonitor());
        assertThat(ran[0]).isFalse();
        assertThat(results).extracting(DeviceResult::port).containsExactly("gone", "silent");
        assertThat(results).allSatisfy(r -> {
            assertThat(r.ok()).isFalse();
            assertThat(r.report().status()).isEqualTo(RunStatus.FAILED);
            assertThat(r.report().operation()).isEqualTo("flash");
            assertThat(r.reportFile()).isPresent();
        });
        assertThat(results.get(0).report().error()).contains("no such port: gone");
        assertThat(results.get(1).report().device().port()).isEqualTo("silent");
        assertThat(results.get(1).report().error()).isNotBlank();
        try (var files = Files.list(tmp.resolve("reports"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".json")).count()).isEqualTo(2);
        }
    }

    @Test
    void aPortNamedTwiceIsRefusedBeforeAnythingRuns() throws Exception {
        MultiDeviceRun run = new MultiDeviceRun(port -> {
            throw new IOException("must not open");
        }, SessionOptions.of(anyDa()), ChipRegistry.fromDrivers(List.of()), null);
        assertThatThrownBy(() -> run.run(List.of("a", "a"), "flash", (s, r, m) -> RunStatus.SUCCEEDED,
                new NullProgressMonitor())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    }
}
