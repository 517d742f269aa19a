package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.model.Layout;

/**
 * {@link ScatterFiles#layoutToFlash}: the ROM file a flash writes from must be free of errors, since
 * a value the reader cannot interpret drops or misplaces a partition in the table it would write.
 */
class FlashableScatterTest {

    @TempDir
    Path tmp;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(tmp.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static V1Text threeParts(String recoveryExtra, String userdataName, String userdataExtra) {
        return V1Text.create().part("boot", 0x80000, 0x100000, "").part("recovery", 0x180000, 0x100000, recoveryExtra)
                .part(userdataName, 0x280000, 0x100000, userdataExtra);
    }

    @Test
    void aCleanFileGivesItsLayout() throws Exception {
        Path f = write("ok.txt", threeParts("", "userdata", "").text());
        Layout l = ScatterFiles.layoutToFlash(f);
        assertThat(l.partitions()).extracting(p -> p.name()).containsExactly("boot", "recovery", "userdata");
    }

    @Test
    void aBadNumberIsRefusedNamingFileLineAndColumn() throws Exception {
        Path f = write("badnum.txt", threeParts("  partition_size: 0xZZ00000\n", "userdata", "").text());
        assertThatThrownBy(() -> ScatterFiles.layoutToFlash(f)).isInstanceOf(ScatterReadException.class)
                .hasMessageContaining("nothing is flashed").hasMessageMatching("(?s).*badnum\\.txt:\\d+:\\d+: error .*")
                .hasMessageContaining("0xZZ00000");
    }

    @Test
    void aDuplicateNameAndAMisspeltRegionAreRefused() throws Exception {
        Path dup = write("dup.txt", threeParts("", "boot", "").text());
        assertThatThrownBy(() -> ScatterFiles.layoutToFlash(dup)).hasMessageContaining("SCATTER_DUPLICATE_NAME");
        Path region = write("region.txt", threeParts("", "userdata", "  region: EMMC_XYZ\n").text());
        assertThatThrownBy(() -> ScatterFiles.layoutToFlash(region)).hasMessageContaining("EMMC_XYZ")
                .hasMessageContaining("does not exist");
    }

    @Test
    void everyCorpusFileButOneWithAnEmptyNameCanBeFlashed() throws Exception {
        int refused = 0;
        for (Path f : SharedCorpus.scatterFiles()) {
            try {
                ScatterFiles.layoutToFlash(f);
            } catch (ScatterReadException e) {
                if (!e.getMessage().contains("OTA layout list")) {
                    assertThat(e.getMessage()).as(f.toString()).contains("empty partition_name");
                    refused++;
                }
            }
        }
        assertThat(refused).isEqualTo(1);
    }
}
