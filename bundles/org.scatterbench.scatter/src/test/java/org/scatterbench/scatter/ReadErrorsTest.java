package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Input that is not a scatter at all: a clean exception naming the file and the line. */
class ReadErrorsTest {

    private static ScatterReadException fail(String text) {
        try {
            ScatterFiles.parse("bad.txt", text.getBytes(StandardCharsets.UTF_8));
        } catch (ScatterReadException e) {
            return e;
        }
        throw new AssertionError("no exception for " + text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "PRELOADER 0x0\\nMBR 0x600000\\n{\\n}\\n| 1 | has no '{' '}' block",
            "PRELOADER 0x0\\n{\\n}\\nMBR 0x600000\\n{\\n| 4 | never closed",
            "PRELOADER 0x0\\n{\\n}\\n}\\n| 4 | without a matching",
            "PRELOADER 0x0\\n{\\n}\\nthis is prose\\n| 4 | expected 'NAME 0xADDRESS'",
            "- partition_index: SYS0\\n  partition_name boot\\n| 2 | expected 'key: value'",
            "<?xml version=\"1.0\"?>\\n<root>\\n  <general name=\"MTK_PLATFORM_CFG\">\\n</root>\\n| 4 | closes <general>",
            "<root>\\n<partition_index name=SYS0>\\n</partition_index></root>| 2 | not quoted",
            "<root>\\n<!-- open comment\\n</root>| 2 | never closed",
            "<root><partition_index name=\"SYS0\"><partition_name>a</partition_name></partition_index>| 1 | never closed",
            "<root></root><root></root>| 1 | second top-level element",
            "hello world\\nthis is not a scatter\\n| 1 | not a scatter file" })
    void structuralErrorsNameTheLine(String text, int line, String message) {
        ScatterReadException e = fail(text.replace("\\n", "\n"));
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.getMessage()).startsWith("bad.txt:" + line + ": ").contains(message);
    }

    @Test
    void binaryAndEmpty() {
        assertThat(fail("PRELOADER 0x0\n\0\0\0").getMessage()).contains("binary");
        assertThat(fail("").getMessage()).contains("empty");
        assertThat(fail("<root><other/></root>").getMessage()).contains("not a scatter file");
    }

    @Test
    void missingFileAndDirectory(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> ScatterFiles.read(dir.resolve("nope.txt"))).isInstanceOf(ScatterReadException.class)
                .hasMessageContaining("nope.txt").hasMessageContaining("no such file");
        assertThatThrownBy(() -> ScatterFiles.read(dir)).isInstanceOf(ScatterReadException.class)
                .hasMessageContaining("directory");
        Path f = dir.resolve("ok.txt");
        Files.writeString(f, "PRELOADER 0x0\n{\n}\n");
        assertThat(ScatterFiles.read(f).layout().partitions()).hasSize(1);
    }

    @Test
    void bomCrlfTabsAndLatin1SurviveTheRoundTrip() throws Exception {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        String body = "- partition_index: SYS0\r\n  partition_name:\tboot  # a comment\r\n  file_name: b\u00f6ot.img\r\n"
                + "  linear_start_addr: 0x0\r\n  partition_size: 0x1000\r\n";
        byte[] utf8 = concat(bom, body.getBytes(StandardCharsets.UTF_8));
        ScatterDocument doc = ScatterFiles.parse("bom.txt", utf8);
        assertThat(doc.toBytes()).isEqualTo(utf8);
        assertThat(doc.layout().partitions().get(0).name()).isEqualTo("boot");
        assertThat(doc.layout().partitions().get(0).fileName()).contains("b\u00f6ot.img");
        byte[] latin1 = body.getBytes(StandardCharsets.ISO_8859_1);
        ScatterDocument doc2 = ScatterFiles.parse("latin1.txt", latin1);
        assertThat(doc2.toBytes()).isEqualTo(latin1);
        assertThat(doc2.layout().partitions().get(0).fileName()).contains("b\u00f6ot.img");
        assertThatThrownBy(() -> doc2.setField(null, 0, "file_name", "\u4e2d.img"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ISO-8859-1");
        doc2.setField(null, 0, "partition_name", "boot2");
        assertThat(new String(doc2.toBytes(), StandardCharsets.ISO_8859_1))
                .contains("partition_name:\tboot2  # a comment\r\n");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void legacyCommentsAfterTheAddressAreKept() throws Exception {
        byte[] b = "# MT6575\nPRELOADER 0x0 # boot loader\n{\n}\nUBOOT 0x420000\t# lk\n{\n}\n".getBytes();
        ScatterDocument doc = ScatterFiles.parse("c.txt", b);
        assertThat(doc.layout().partitions()).hasSize(2);
        assertThat(doc.layout().partitions().get(0).size()).isEqualTo(0x420000L);
        assertThat(doc.toBytes()).isEqualTo(b);
        ScatterDocument ota = ScatterFiles.parse("o.txt", "boot 0x0 # first\nsystem 0x1000\n".getBytes());
        assertThat(ota.format()).isEqualTo(ScatterFormat.OTA_LIST);
    }
}
