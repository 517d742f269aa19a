package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.scatterbench.model.Storage;

/** The XML reader on documents written from SCATTER-FORMATS §4, in both styles. */
class XmlReaderTest {

    @Test
    void fixturesRoundTripByteForByte() throws Exception {
        for (String f : new String[] { "v118_emmc.xml", "v220_emmc_ufs.xml" }) {
            byte[] b = XmlFixtures.bytes(f);
            assertThat(ScatterFiles.parse(f, b).toBytes()).isEqualTo(b);
        }
    }

    @Test
    void locationsPointAtTheValue() throws Exception {
        ScatterDocument doc = XmlFixtures.read("v118_emmc.xml");
        FieldLocation size = doc.fieldLocation(null, 0, "partition_size").orElseThrow();
        String line = doc.text().split("\n")[size.line() - 1];
        assertThat(line.substring(size.column() - 1)).startsWith("0x80000</partition_size>");
        FieldLocation index = doc.fieldLocation(null, 1, "partition_index").orElseThrow();
        assertThat(doc.text().split("\n")[index.line() - 1].substring(index.column() - 1)).startsWith("SYS1\">");
    }

    @Test
    void tolerantOfSpellingVariants() throws Exception {
        String xml = "<?xml version='1.0'?>\n<!DOCTYPE root>\n<root>\n"
                + "<general name='MTK_PLATFORM_CFG'><config_version name='V1.1.8'><platform>MT6768</platform>"
                + "<storage>EMMC</storage><block_size>0x20000</block_size></config_version></general>\n"
                + "<partition_index name = \"SYS0\" ><partition_name> boot </partition_name>"
                + "<file_name><!-- note -->boot.img</file_name><partition_size>0x1000</partition_size>"
                + "<linear_start_addr>0x0</linear_start_addr><physical_start_addr></physical_start_addr>"
                + "<is_download>TRUE</is_download></partition_index>\n</root>";
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        ScatterDocument doc = ScatterFiles.parse("variant.xml", bytes);
        assertThat(doc.toBytes()).isEqualTo(bytes);
        var p = doc.layout().partitions().get(0);
        assertThat(p.name()).isEqualTo("boot");
        assertThat(p.fileName()).contains("boot.img");
        assertThat(p.downloadable()).isTrue();
        assertThat(doc.layout().storage()).isEqualTo(Storage.EMMC);
        // the empty element got a value slot, so it can be filled in place
        doc.setField(null, 0, "physical_start_addr", "0x0");
        assertThat(doc.text()).contains("<physical_start_addr>0x0</physical_start_addr>");
        // and a field the partition lacks is added after its last field
        doc.setField(null, 0, "region", "EMMC_USER");
        assertThat(doc.text()).contains("</is_download><region>EMMC_USER</region></partition_index>");
        assertThat(ScatterFiles.parse("again.xml", doc.toBytes()).layout().partitions().get(0).region().name())
                .isEqualTo("EMMC_USER");
    }

    @Test
    void utf16XmlIsReadAndWrittenBack() throws Exception {
        byte[] utf8 = XmlFixtures.bytes("v118_emmc.xml");
        String text = new String(utf8, StandardCharsets.UTF_8);
        byte[] utf16 = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE);
        ScatterDocument doc = ScatterFiles.parse("utf16.xml", utf16);
        assertThat(doc.toBytes()).isEqualTo(utf16);
        assertThat(doc.layout().partitions()).hasSize(5);
    }

    @Test
    void partitionsInsideAnUnknownWrapperAreRead() throws Exception {
        String xml = new String(XmlFixtures.bytes("v118_emmc.xml"), StandardCharsets.UTF_8)
                .replace("  <partition_index name=\"SYS0\">", "  <layout>\n  <partition_index name=\"SYS0\">")
                .replace("</root>", "</layout>\n</root>");
        ScatterDocument doc = ScatterFiles.parse("wrapped.xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(doc.layout().partitions()).hasSize(5);
        assertThat(doc.platform()).isEqualTo("MT6768");
        assertThat(doc.toBytes()).isEqualTo(xml.getBytes(StandardCharsets.UTF_8));
    }
}
