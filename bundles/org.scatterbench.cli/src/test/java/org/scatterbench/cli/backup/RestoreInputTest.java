package org.scatterbench.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup folder that is missing or damaged is unreadable input (exit 1), named, before any phone. */
class RestoreInputTest {

    @TempDir
    Path tmp;

    @Test
    void aBackupWhoseReportCannotBeSavedSaysSoInsteadOfGivingAnId() throws Exception {
        try (VirtualPhoneRig rig = VirtualPhoneRig.start(tmp.resolve("phone"))) {
            Path afile = Files.writeString(tmp.resolve("afile"), "x");
            Shared.Run b = Shared.cli("backup", "--port", rig.port(), "--da", rig.daFile.toString(), "-o",
                    tmp.resolve("bk").toString(), "--reports", afile.toString());
            assertThat(b.exit()).as(b.err()).isZero();
            assertThat(b.out()).contains("Report not saved: " + afile + " is a file, not a reports folder")
                    .doesNotContain("Report: ");
        }
    }

    @Test
    void aMissingBackupFolderIsExitOne() {
        Shared.Run r = Shared.cli("restore", "--port", "tcp://127.0.0.1:9", "--da", "x.bin", "--from",
                tmp.resolve("nonexist").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no such backup folder", "nonexist");
    }

    @Test
    void garbageBackupInfoIsNamedWithoutParserWords() throws Exception {
        for (String garbage : new String[] { "", "garbage{", "[1,2,3]", "{\"createdAt\": 5, \"device\": \"x\"}" }) {
            Path bk = Files.createDirectories(tmp.resolve("bk" + garbage.length()));
            Files.writeString(bk.resolve("backup-info.json"), garbage);
            Shared.Run r = Shared.cli("restore", "--port", "tcp://127.0.0.1:9", "--da", "x.bin", "--from", bk.toString());
            assertThat(r.exit()).as(garbage).isEqualTo(1);
            assertThat(r.err()).as(garbage).contains(bk.resolve("backup-info.json").toString())
                    .doesNotContain("Exception").doesNotContain("internal error").doesNotContain("BEGIN_OBJECT");
        }
    }
}
