package org.scatterbench.cli.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.backup.Shared;
import org.scatterbench.cli.backup.VirtualPhoneRig;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/** {@code flash-all} with two phones and a dead port: each phone its own line, report and outcome. */
class FlashAllCommandTest {

    @TempDir
    Path tmp;

    @Test
    void twoPhonesFlashedAndADeadPortFailsAlone() throws Exception {
        try (VirtualPhoneRig a = VirtualPhoneRig.start(tmp.resolve("a"));
                VirtualPhoneRig b = VirtualPhoneRig.start(tmp.resolve("b"))) {
            Path scatter = VirtualPhoneRig.writeRom(tmp.resolve("rom"));
            Path reports = tmp.resolve("reports");
            String dead = "tcp://127.0.0.1:1";
            Shared.Run r = Shared.cli("flash-all", "--port", a.port(), "--port", dead, "--port", b.port(), "--da",
                    a.daFile.toString(), "--scatter", scatter.toString(), "--verify", "--timeout", "5", "--reports",
                    reports.toString(), "--run-dir", tmp.resolve("run").toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains("1 of 3 phones did not complete");
            assertThat(r.out()).startsWith("Flashing 3 phones, keep-data, every write read back: " + a.port());
            // a line per phone as it ends: what was written and verified, or why it stopped
            assertThat(r.out().lines().filter(l -> l.contains("SUCCEEDED")))
                    .hasSize(2).allMatch(l -> l.matches(".* [1-9][0-9]* partitions? written \\([0-9.]+ MiB\\), [1-9][0-9]*"
                            + " verified, in [0-9.]+ s"), "names what was written and verified");
            assertThat(r.out().lines().filter(l -> l.startsWith(dead))).singleElement().asString()
                    .contains("FAILED").contains("nothing accepts connections");
            assertThat(r.out()).contains("3 phones: 2 succeeded, 1 failed.");
            for (VirtualPhoneRig rig : new VirtualPhoneRig[] { a, b }) {
                assertThat(rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0x280000, 0x200000))).isTrue();
                assertThat(rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0x80000, 0x200000))).isFalse();
            }
            Shared.Run list = Shared.cli("reports", "list", "--reports", reports.toString());
            assertThat(list.out().lines().filter(l -> l.contains(" flash ")).count()).isEqualTo(3);
            Shared.Run show = Shared.cli("reports", "show", "latest", "--json", "--reports", reports.toString());
            assertThat(show.exit()).isZero();
            assertThat(show.out()).contains("\"operation\": \"flash\"", "\"steps\"");
        }
    }

    @Test
    void showOfAnUnknownReportIsAClearError() {
        Shared.Run r = Shared.cli("reports", "show", "nope", "--reports", tmp.resolve("none").toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("no report 'nope'").doesNotContain("Exception");
        Shared.Run l = Shared.cli("reports", "list", "--reports", tmp.resolve("none").toString());
        assertThat(l.exit()).as("a reports folder the user named but that does not exist").isEqualTo(1);
        assertThat(l.err()).contains("no such reports folder", "none");
    }
}
