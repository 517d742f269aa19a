package org.scatterbench.cli.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.backup.Shared;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.transport.TransportDescription;

/** Bad input to {@code reports list} and {@code flash-all}: one clear line, the documented exit code. */
class ReportsAndFlashAllInputTest {

    @TempDir
    Path tmp;

    @Test
    void aDamagedReportIsSkippedWithItsNameAndTheOthersAreListed() throws Exception {
        Path folder = tmp.resolve("reports");
        ReportStore store = new ReportStore(folder);
        store.save(new RunRecorder("backup", DeviceIdentity.unidentified(TransportDescription.of("tcp", "tcp://x:1")))
                .finish(RunStatus.FAILED, "no answer"));
        Files.writeString(folder.resolve("zz-empty.json"), "");
        Files.writeString(folder.resolve("zz-garbage.json"), "{\"id\": [1, 2");
        Shared.Run r = Shared.cli("reports", "list", "--reports", folder.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("backup", "FAILED").doesNotContain("No reports");
        assertThat(r.err().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("scatterbench: skipped ")
                .contains("damaged").doesNotContain("Exception").doesNotContain("Gson").doesNotContain("path $"));
        assertThat(r.err()).contains("zz-empty.json", "zz-garbage.json");
    }

    @Test
    void aMissingOrFileReportsFolderIsAnErrorAndAnEmptyOneIsNot() throws Exception {
        Shared.Run missing = Shared.cli("reports", "list", "--reports", tmp.resolve("nonexist").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("no such reports folder", "nonexist");
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Shared.Run onFile = Shared.cli("reports", "list", "--reports", file.toString());
        assertThat(onFile.exit()).isEqualTo(1);
        assertThat(onFile.err()).contains("afile is a file, not a reports folder");
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Shared.Run none = Shared.cli("reports", "list", "--reports", empty.toString());
        assertThat(none.exit()).isZero();
        assertThat(none.out()).contains("No reports in");
    }

    @Test
    void aPortNamedTwiceIsAUsageErrorNamingIt() {
        Shared.Run r = Shared.cli("flash-all", "--port", "tcp://127.0.0.1:9", "--port", "tcp://127.0.0.1:9", "--da",
                tmp.resolve("da.bin").toString(), "--scatter", tmp.resolve("s.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--port tcp://127.0.0.1:9 is named twice").doesNotContain("Exception")
                .doesNotContain("internal error");
    }

    @Test
    void aZeroTimeoutIsAUsageError() {
        Shared.Run r = Shared.cli("flash-all", "--port", "tcp://127.0.0.1:9", "--timeout", "0", "--da",
                tmp.resolve("da.bin").toString(), "--scatter", tmp.resolve("s.txt").toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("--timeout 0", "at least 1");
    }

    @Test
    void aRunDirThatIsAFileIsRefusedBeforeAnyInputOrPhone() throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "x");
        Shared.Run r = Shared.cli("flash-all", "--port", "tcp://127.0.0.1:9", "--da", tmp.resolve("da.bin").toString(),
                "--scatter", tmp.resolve("s.txt").toString(), "--run-dir", file.resolve("run").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--run-dir", "afile is a file, not a folder");
        assertThat(Files.readString(file)).isEqualTo("x");
    }
}
