package org.scatterbench.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.backup.Shared;

/** {@code image info} and {@code image sparse} say what a non-image path actually is. */
class ImageInputErrorsTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderADeviceAndADanglingLinkAreNamedForWhatTheyAre() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("d"));
        Path dangling = Files.createSymbolicLink(tmp.resolve("link.img"), tmp.resolve("gone.img"));
        for (String cmd : new String[] { "info", "sparse" }) {
            String[] extra = cmd.equals("sparse") ? new String[] { "-o", tmp.resolve("out.img").toString() } : new String[0];
            Shared.Run onDir = Shared.cli(concat(new String[] { "image", cmd, dir.toString() }, extra));
            assertThat(onDir.exit()).isEqualTo(1);
            assertThat(onDir.err()).as(cmd).contains(dir + " is a folder, not an image file");
            Shared.Run onLink = Shared.cli(concat(new String[] { "image", cmd, dangling.toString() }, extra));
            assertThat(onLink.err()).as(cmd).contains("symbolic link to a missing file");
            if (Files.exists(Path.of("/dev/null"))) {
                Shared.Run onNull = Shared.cli(concat(new String[] { "image", cmd, "/dev/null" }, extra));
                assertThat(onNull.exit()).isEqualTo(1);
                assertThat(onNull.err()).as(cmd).contains("/dev/null is not a regular file").doesNotContain("no such");
            }
        }
        assertThat(Files.exists(tmp.resolve("out.img"))).isFalse();
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
