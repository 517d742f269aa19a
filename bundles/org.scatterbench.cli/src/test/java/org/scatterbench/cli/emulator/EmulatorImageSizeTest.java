package org.scatterbench.cli.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.backup.Shared;

/** The virtual phone refuses an image too small to be a phone, before it listens. */
class EmulatorImageSizeTest {

    @TempDir
    Path tmp;

    @Test
    void anEmptyOrTinyImageIsAClearError() throws Exception {
        for (int size : new int[] { 0, 4096, (1 << 20) + 100 }) {
            Path img = Files.write(tmp.resolve("i" + size + ".img"), new byte[size]);
            Shared.Run r = Shared.cli("emulator", "--image", img.toString());
            assertThat(r.exit()).as("size " + size).isEqualTo(1);
            assertThat(r.err()).contains(img + " is " + size + " bytes", "at least 1 MiB", "multiple of 512");
            assertThat(r.out()).doesNotContain("listening");
        }
    }
}
