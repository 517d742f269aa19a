package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Storage;

/**
 * Every kind of field edited in files of every generation: the bytes change exactly where the
 * value is spelled, nowhere else, and the new value reads back.
 */
class EditTest {

    /** Char offset of a 1-based line/column in {@code text} (CR, LF and CRLF end lines). */
    static int offset(String text, FieldLocation loc) {
        int line = 1;
        int i = 0;
        while (line < loc.line()) {
            char c = text.charAt(i++);
            if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                i++;
                line++;
            } else if (c == '\n' || c == '\r') {
                line++;
            }
        }
        return i + loc.column() - 1;
    }

    /** Edits, checks that only the value's bytes changed, then undoes and checks identity. */
    static void editAndCheck(ScatterDocument doc, Storage storage, int position, String field, String newValue,
            String expectedSpelling) {
        byte[] before = doc.toBytes();
        String text = new String(before, StandardCharsets.ISO_8859_1);
        FieldLocation loc = doc.fieldLocation(storage, position, field).orElseThrow();
        int at = offset(text, loc);
        String oldValue = doc.field(storage, position, field).orElseThrow();
        String oldSpelling = text.substring(at, at + spellingLength(text, at, doc.format()));
        String returned = doc.setField(storage, position, field, newValue);
        assertThat(returned).isEqualTo(oldValue);
        String expected = text.substring(0, at) + expectedSpelling + text.substring(at + oldSpelling.length());
        assertThat(new String(doc.toBytes(), StandardCharsets.ISO_8859_1)).isEqualTo(expected);
        assertThat(doc.field(storage, position, field)).contains(newValue);
        doc.setField(storage, position, field, oldValue);
        assertThat(doc.toBytes()).isEqualTo(before);
        doc.setField(storage, position, field, newValue);
    }

    private static int spellingLength(String text, int at, ScatterFormat format) {
        int i = at;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (format == ScatterFormat.XML ? c == '<' || c == '"' : c == '\r' || c == '\n' || c == ' ' || c == '\t') {
                break;
            }
            i++;
        }
        return i - at;
    }

    @ParameterizedTest
    @CsvSource({ "v1.x/MT6582_LinuxBozo_wish_tablet.txt", "v1.x/MT6768_Dewil-King_mt6768.txt",
            "v1.x/MT6737M_Dewil-King_q162_wwr.txt", "v2.x/MT6785_Dewil-King_mt6785.txt",
            "v2.x/MT6789_mosya234_lenovo_tb350fu.txt" })
    void yamlLikeFieldKinds(String file) throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file(file));
        Storage s = doc.format() == ScatterFormat.V2 ? Storage.UFS : null;
        int pos = 3;
        editAndCheck(doc, s, pos, "partition_size", "0x123400", "0x123400");
        editAndCheck(doc, s, pos, "is_download", "true", "true");
        editAndCheck(doc, s, pos, "operation_type", "PROTECTED", "PROTECTED");
        editAndCheck(doc, s, pos, "file_name", "my_new-image.bin", "my_new-image.bin");
        editAndCheck(doc, s, pos, "partition_name", "renamed", "renamed");
        editAndCheck(doc, s, pos, "linear_start_addr", "0x7654000", "0x7654000");
        editAndCheck(doc, s, pos, "region", "EMMC_USER", "EMMC_USER");
        Partition p = (s == null ? doc.layout() : doc.layout(s).orElseThrow()).partitions().get(pos);
        assertThat(p.size()).isEqualTo(0x123400L);
        assertThat(p.name()).isEqualTo("renamed");
        assertThat(p.operation()).isEqualTo(OperationType.PROTECTED);
        assertThat(p.fileName()).contains("my_new-image.bin");
        assertThat(p.downloadable()).isTrue();
        // the edited document reads back as the same document
        ScatterDocument again = ScatterFiles.parse("again", doc.toBytes());
        assertThat(again.layouts().get(0).partitions()).isEqualTo(doc.layouts().get(0).partitions());
    }

    @Test
    void headerField() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("v1.x/MT6765_Dewil-King_k65v1.txt"));
        byte[] before = doc.toBytes();
        String old = doc.setHeaderField("platform", "MT6762");
        assertThat(old).isEqualTo("MT6765");
        assertThat(doc.platform()).isEqualTo("MT6762");
        String a = new String(before, StandardCharsets.ISO_8859_1);
        String b = new String(doc.toBytes(), StandardCharsets.ISO_8859_1);
        assertThat(b).isEqualTo(a.replaceFirst("platform: MT6765", "platform: MT6762"));
    }

    @Test
    void legacyNameAndAddress() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("legacy/MT6589_GoldRenard_lenovo_s960.txt"));
        int fat = doc.positionOf(null, "__NODL_MISC");
        editAndCheck(doc, null, fat, "partition_name", "MISC", "MISC");
        assertThat(doc.layout().partitions().get(fat).downloadable()).isTrue();
        editAndCheck(doc, null, 2, "linear_start_addr", "0x690000", "0x690000");
        assertThat(doc.layout().partitions().get(2).linearStart()).contains(0x690000L);
        assertThatThrownBy(() -> doc.setField(null, 2, "linear_start_addr", "0x1 0x2"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> doc.setField(null, 2, "file_name", "x.img"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LEGACY");
    }

    @Test
    void otaListAddress() throws Exception {
        ScatterDocument doc = ScatterFiles.read(
                SharedCorpus.file("legacy/MT8163_jhautry_echodot_b3a30_ota_scatter_excerpt.txt"));
        editAndCheck(doc, null, 5, "linear_start_addr", "0x1c90000", "0x1c90000");
    }

    @Test
    void xmlFieldKindsAndEscaping() throws Exception {
        ScatterDocument doc = XmlFixtures.read("v118_emmc.xml");
        editAndCheck(doc, null, 2, "partition_size", "0x3000000", "0x3000000");
        editAndCheck(doc, null, 2, "is_download", "false", "false");
        editAndCheck(doc, null, 2, "operation_type", "PROTECTED", "PROTECTED");
        editAndCheck(doc, null, 2, "file_name", "a<b>&c.img", "a&lt;b&gt;&amp;c.img");
        editAndCheck(doc, null, 2, "partition_index", "SYS7", "SYS7");
        assertThat(doc.layout().partitions().get(2).index()).isEqualTo(7);
        ScatterDocument v2 = XmlFixtures.read("v220_emmc_ufs.xml");
        editAndCheck(v2, Storage.UFS, 2, "partition_size", "0x230000000", "0x230000000");
        assertThat(v2.layout(Storage.UFS).orElseThrow().partitions().get(2).size()).isEqualTo(0x230000000L);
        assertThat(v2.layout(Storage.EMMC).orElseThrow().partitions()).hasSize(2);
    }

    @Test
    void valuesThatWouldReadBackDifferentlyAreRefused() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("v1.x/MT6765_Dewil-King_k65v1.txt"));
        byte[] before = doc.toBytes();
        assertThatThrownBy(() -> doc.setField(null, 1, "file_name", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> doc.setField(null, 1, "file_name", " a")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> doc.setField(null, 1, "file_name", "a #b")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> doc.setField(null, 999, "file_name", "a")).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> doc.setField(Storage.UFS, 1, "file_name", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no UFS section");
        assertThat(doc.toBytes()).isEqualTo(before);
    }

    @Test
    void missingFieldIsAddedAfterTheLastOne() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("v1.x/MT6582_LinuxBozo_wish_tablet.txt"));
        String before = doc.text();
        assertThat(doc.field(null, 3, "is_upgradable")).isEmpty();
        assertThat(doc.setField(null, 3, "is_upgradable", "true")).isEmpty();
        assertThat(doc.layout().partitions().get(3).upgradable()).isTrue();
        String after = doc.text();
        String reserveLine = "  reserve: 0x00\n";
        int at = before.indexOf(reserveLine, before.indexOf("partition_index: SYS3")) + reserveLine.length();
        assertThat(after).isEqualTo(before.substring(0, at) + "  is_upgradable: true\n" + before.substring(at));
    }

    @Test
    void removeRestoreAndDuplicatePartitions() throws Exception {
        for (String f : List.of("v1.x/MT6768_Dewil-King_mt6768.txt", "v2.x/MT6781_Dewil-King_mt6781.txt",
                "legacy/MT6589_GoldRenard_lenovo_s960.txt")) {
            ScatterDocument doc = ScatterFiles.read(SharedCorpus.file(f));
            byte[] original = doc.toBytes();
            int count = doc.layout().partitions().size();
            String name4 = doc.layout().partitions().get(4).name();
            var removed = doc.removePartition(null, 4);
            assertThat(doc.layout().partitions()).hasSize(count - 1);
            assertThat(doc.layout().partitions()).noneMatch(p -> p.name().equals(name4));
            ScatterDocument reread = ScatterFiles.parse(f, doc.toBytes());
            assertThat(reread.layout().partitions()).extracting(Partition::name)
                    .isEqualTo(doc.layout().partitions().stream().map(Partition::name).toList());
            doc.restorePartition(removed);
            assertThat(doc.toBytes()).as(f).isEqualTo(original);
            int copy = doc.duplicatePartition(null, 4);
            assertThat(copy).isEqualTo(5);
            assertThat(doc.layout().partitions()).hasSize(count + 1);
            assertThat(doc.layout().partitions().get(5).name()).isEqualTo(name4);
            doc.setField(null, 5, "partition_name", "copy_of_" + name4.replace("__NODL_", ""));
            assertThat(doc.layout().partitions().get(4).name()).isEqualTo(name4);
            ScatterDocument reread2 = ScatterFiles.parse(f, doc.toBytes());
            assertThat(reread2.layout().partitions()).hasSize(count + 1);
            // removing the last partition too leaves a readable file
            doc.removePartition(null, doc.layout().partitions().size() - 1);
            assertThat(ScatterFiles.parse(f, doc.toBytes()).layout().partitions()).hasSize(count);
        }
    }

    @Test
    void locationsFollowEdits() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("v1.x/MT6765_Dewil-King_k65v1.txt"));
        FieldLocation before = doc.fieldLocation(null, 10, "partition_size").orElseThrow();
        doc.removePartition(null, 2);
        FieldLocation after = doc.fieldLocation(null, 9, "partition_size").orElseThrow();
        assertThat(after.line()).isLessThan(before.line());
        String[] lines = doc.text().split("\n", -1);
        assertThat(lines[after.line() - 1].substring(after.column() - 1))
                .startsWith(doc.field(null, 9, "partition_size").orElseThrow());
        assertThat(Files.exists(SharedCorpus.scatterDir())).isTrue();
    }
}
