package org.scatterbench.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.backup.Shared;

/** {@code make-rom --image-limit} outside its range is a usage error that creates nothing. */
class MakeRomLimitTest {

    @TempDir
    Path tmp;

    @Test
    void anImageLimitOutsideTheRangeNamesTheRangeAndCreatesNothing() {
        String scatter = SharedDir.scatter("v1.x/MT6582_AnimMouse_oppo_neo5.txt").toString();
        for (String limit : new String[] { "4G", "1K", "65M" }) {
            Path out = tmp.resolve("rom-" + limit);
            Shared.Run r = Shared.cli("emulator", "make-rom", "--scatter", scatter, "--image-limit", limit, "-o",
                    out.toString());
            assertThat(r.exit()).as(limit).isEqualTo(2);
            assertThat(r.err()).contains("--image-limit: " + limit, "4K (4096) to 64M").doesNotContain("Exception");
            assertThat(Files.exists(out)).as("no half-made folder").isFalse();
        }
        Path ok = tmp.resolve("rom-64M");
        Shared.Run r = Shared.cli("emulator", "make-rom", "--scatter", scatter, "--image-limit", "8K", "-o", ok.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }
}
