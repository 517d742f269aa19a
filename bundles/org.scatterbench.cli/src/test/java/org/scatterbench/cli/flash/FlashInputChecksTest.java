package org.scatterbench.cli.flash;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.backup.Shared;
import org.scatterbench.cli.backup.VirtualPhoneRig;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/**
 * {@code flash} refuses what it cannot honour before it writes: a run folder it could not
 * record in, an --opt-in naming no partition, a timeout of zero, a DA path that is a folder.
 */
class FlashInputChecksTest {

    @TempDir
    Path tmp;

    private static boolean touched(VirtualPhoneRig rig) {
        return rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0, VirtualPhoneRig.USER_SIZE));
    }

    @Test
    void aRunDirThatIsAFileIsRefusedBeforeAnythingIsWritten() throws Exception {
        try (VirtualPhoneRig rig = VirtualPhoneRig.start(tmp.resolve("phone"))) {
            Path scatter = VirtualPhoneRig.writeRom(tmp.resolve("rom"));
            Path file = Files.writeString(tmp.resolve("afile"), "x");
            Shared.Run r = Shared.cli("flash", "--port", rig.port(), "--da", rig.daFile.toString(), "--scatter",
                    scatter.toString(), "--yes", "--run-dir", file.toString(), "--reports", tmp.resolve("r").toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("--run-dir " + file + " is a file, not a folder");
            assertThat(touched(rig)).as("nothing written to the phone").isFalse();
            assertThat(Files.readString(file)).isEqualTo("x");
        }
    }

    @Test
    void anUnknownOptInIsAUsageErrorNamingItAndNothingIsWritten() throws Exception {
        try (VirtualPhoneRig rig = VirtualPhoneRig.start(tmp.resolve("phone"))) {
            Path scatter = VirtualPhoneRig.writeRom(tmp.resolve("rom"));
            Shared.Run r = Shared.cli("flash", "--port", rig.port(), "--da", rig.daFile.toString(), "--scatter",
                    scatter.toString(), "--yes", "--opt-in", "nosuchpart", "--run-dir", tmp.resolve("run").toString(),
                    "--reports", tmp.resolve("r").toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(2);
            assertThat(r.err()).contains("--opt-in nosuchpart: no partition of that name");
            assertThat(touched(rig)).isFalse();
        }
    }

    @Test
    void aTimeoutBelowOneSecondIsAUsageError() {
        for (String t : new String[] { "0", "-5" }) {
            Shared.Run r = Shared.cli("device", "info", "--port", "tcp://127.0.0.1:9", "--timeout", t);
            assertThat(r.exit()).as(t).isEqualTo(2);
            assertThat(r.err()).contains("--timeout " + t + ": must be at least 1");
        }
    }

    @Test
    void aDaPathThatIsAFolderOrMissingSaysSo() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("some/dir"));
        Shared.Run folder = Shared.cli("device", "info", "--port", "tcp://127.0.0.1:9", "--da", dir.toString());
        assertThat(folder.exit()).isEqualTo(1);
        assertThat(folder.err()).contains(dir + " is a folder, not a Download Agent file");
        Shared.Run missing = Shared.cli("device", "info", "--port", "tcp://127.0.0.1:9", "--da",
                tmp.resolve("none.bin").toString());
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.err()).contains("none.bin: no such Download Agent file");
        Path junk = Files.write(tmp.resolve("junk.bin"), new byte[] { 1, 2, 3 });
        Shared.Run bad = Shared.cli("device", "info", "--port", "tcp://127.0.0.1:9", "--da", junk.toString());
        assertThat(bad.exit()).as("a DA file that is not one is unreadable input").isEqualTo(1);
        assertThat(bad.err()).doesNotContain("Exception");
    }
}
