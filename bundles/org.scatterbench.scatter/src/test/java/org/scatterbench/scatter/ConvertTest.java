package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Storage;

/** Converting and reading back gives the same layout, for every field-based corpus file and fixture. */
class ConvertTest {

    static Stream<Path> fieldBased() {
        return SharedCorpus.scatterFiles().stream().filter(p -> !p.toString().contains("legacy"));
    }

    private static void assertSameLayout(Layout expected, Layout actual) {
        assertThat(actual.storage()).isEqualTo(expected.storage());
        assertThat(actual.platform()).isEqualTo(expected.platform());
        assertThat(actual.blockSize()).isEqualTo(expected.blockSize());
        assertThat(actual.regionSizes()).isEqualTo(expected.regionSizes());
        assertThat(actual.partitions()).isEqualTo(expected.partitions());
    }

    @ParameterizedTest
    @MethodSource("fieldBased")
    void everyTargetReadsBackTheSameLayouts(Path file) throws Exception {
        ScatterDocument doc = ScatterFiles.read(file);
        for (ScatterFormat target : List.of(ScatterFormat.V1, ScatterFormat.V2, ScatterFormat.XML)) {
            for (Layout l : doc.layouts()) {
                Storage only = doc.layouts().size() > 1 ? l.storage() : null;
                ScatterDocument converted = ScatterConverter.convert(doc, target, only);
                assertThat(converted.format()).isEqualTo(target);
                ScatterDocument reread = ScatterFiles.parse("converted", converted.toBytes());
                assertSameLayout(l, reread.layout(l.storage()).orElseThrow());
                assertThat(reread.platform()).isEqualTo(doc.platform());
                assertThat(reread.project()).isEqualTo(doc.project());
            }
            if (target != ScatterFormat.V1) {
                ScatterDocument whole = ScatterFiles.parse("whole", ScatterConverter.convert(doc, target).toBytes());
                assertThat(whole.layouts()).hasSameSizeAs(doc.layouts());
                for (int i = 0; i < doc.layouts().size(); i++) {
                    assertSameLayout(doc.layouts().get(i), whole.layouts().get(i));
                }
            }
        }
    }

    @Test
    void unknownFieldsSurviveConversion() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("v1.x/MT6739_ReimuNotMoe_philips_e289.txt"));
        doc.setField(null, 2, "vendor_flag", "yes");
        for (ScatterFormat target : List.of(ScatterFormat.V2, ScatterFormat.XML, ScatterFormat.V1)) {
            ScatterDocument c = ScatterConverter.convert(doc, target);
            assertThat(c.field(null, 2, "vendor_flag")).as(target.name()).contains("yes");
            assertThat(c.headerField("check_bootloaders_consistency")).as(target.name()).contains("true");
        }
    }

    @Test
    void v2ToV1NeedsAStorage() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("v2.x/MT6785_Dewil-King_mt6785.txt"));
        assertThatThrownBy(() -> ScatterConverter.convert(doc, ScatterFormat.V1))
                .isInstanceOf(ScatterConversionException.class).hasMessageContaining("one storage layout")
                .hasMessageContaining("EMMC, UFS");
        ScatterDocument ufsOnly = ScatterConverter.convert(doc, ScatterFormat.V1, Storage.UFS);
        assertThat(ufsOnly.layouts()).hasSize(1);
        assertThat(ufsOnly.layout().storage()).isEqualTo(Storage.UFS);
        assertThat(ufsOnly.configVersion()).isEqualTo("V1.1.8");
        assertThatThrownBy(() -> ScatterConverter.convert(doc, ScatterFormat.V1, Storage.NAND))
                .isInstanceOf(ScatterConversionException.class).hasMessageContaining("no NAND section");
    }

    @Test
    void legacyIsNotConverted() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("legacy/MT6589_GoldRenard_lenovo_s960.txt"));
        assertThatThrownBy(() -> ScatterConverter.convert(doc, ScatterFormat.V1))
                .isInstanceOf(ScatterConversionException.class).hasMessageContaining("sizes");
    }

    @Test
    void valuesTheTextFormatCannotHoldAreNamed() throws Exception {
        String xml = new String(XmlFixtures.bytes("v118_emmc.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<file_name>preloader_p325a.bin</file_name>", "<file_name>pre # loader.bin</file_name>");
        ScatterDocument doc = ScatterFiles.parse("x.xml", xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> ScatterConverter.convert(doc, ScatterFormat.V1))
                .isInstanceOf(ScatterConversionException.class).hasMessageContaining("file_name")
                .hasMessageContaining("preloader");
    }

    @Test
    void xmlFixturesConvertToText() throws Exception {
        for (String f : List.of("v118_emmc.xml", "v220_emmc_ufs.xml")) {
            ScatterDocument doc = XmlFixtures.read(f);
            ScatterDocument v2 = ScatterConverter.convert(doc, ScatterFormat.V2);
            assertThat(v2.layouts()).hasSameSizeAs(doc.layouts());
            for (int i = 0; i < doc.layouts().size(); i++) {
                assertSameLayout(doc.layouts().get(i), v2.layouts().get(i));
            }
        }
        ScatterDocument v1 = ScatterConverter.convert(XmlFixtures.read("v118_emmc.xml"), ScatterFormat.V1);
        assertThat(v1.configVersion()).isEqualTo("V1.1.8");
        assertThat(v1.text()).contains("  file_name: boot&more.img");
    }
}
