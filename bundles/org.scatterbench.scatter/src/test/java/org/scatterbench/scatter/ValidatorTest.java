package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Severity;

/** Each validation code, triggered by a crafted input, with its severity and location. */
class ValidatorTest {

    private static List<Diagnostic> validate(V1Text t) throws Exception {
        return new ScatterValidator().validate(t.doc());
    }

    private static Diagnostic only(List<Diagnostic> all, String code) {
        List<Diagnostic> l = all.stream().filter(d -> d.code().equals(code)).toList();
        assertThat(l).as("diagnostics %s in %s", code, all).hasSize(1);
        Diagnostic d = l.get(0);
        assertThat(d.source()).isEqualTo("crafted.txt");
        assertThat(d.line()).isPositive();
        assertThat(d.column()).isPositive();
        return d;
    }

    /** Line number (1-based) of the first line containing {@code needle} in the crafted text. */
    private static int lineOf(V1Text t, String needle, int occurrence) {
        String[] lines = t.text().split("\n", -1);
        int seen = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle) && seen++ == occurrence) {
                return i + 1;
            }
        }
        throw new AssertionError(needle);
    }

    @Test
    void cleanLayoutHasNoDiagnostics() throws Exception {
        assertThat(validate(V1Text.base())).isEmpty();
    }

    @Test
    void overlap() throws Exception {
        V1Text t = V1Text.create().part("a", 0, 0x100000, "").part("b", 0x100000, 0x100000, "")
                .part("c", 0x80000, 0x10000, "");
        List<Diagnostic> all = validate(t);
        Diagnostic d = all.stream().filter(x -> x.code().equals("SCATTER_OVERLAP")).findFirst().orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.partition()).isEqualTo("c");
        assertThat(d.message()).contains("'a'");
        assertThat(d.line()).isEqualTo(lineOf(t, "physical_start_addr", 2));
        assertThat(all).anyMatch(x -> x.code().equals("SCATTER_NOT_ASCENDING") && x.partition().equals("c"));
    }

    @Test
    void sameStartIsAnOverlap() throws Exception {
        Diagnostic d = only(validate(V1Text.create().part("a", 0, 0x1000, "").part("b", 0, 0x1000, "")),
                "SCATTER_OVERLAP");
        assertThat(d.partition()).isEqualTo("b");
    }

    @Test
    void sizeRunningIntoTheNextStart() throws Exception {
        V1Text t = V1Text.create().part("a", 0, 0x9000, "").part("b", 0x8000, 0x2000, "");
        Diagnostic d = only(validate(t), "SCATTER_SIZE_MISMATCH");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.partition()).isEqualTo("a");
        assertThat(d.line()).isEqualTo(lineOf(t, "partition_size", 0));
        assertThat(d.column()).isEqualTo("  partition_size: ".length() + 1);
        assertThat(d.message()).contains("0x8000");
    }

    @Test
    void gapIsAWarning() throws Exception {
        Diagnostic d = only(validate(V1Text.create().part("a", 0, 0x8000, "").part("b", 0x10000, 0x1000, "")),
                "SCATTER_GAP");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.message()).contains("0x8000 unused bytes");
    }

    @Test
    void notAscending() throws Exception {
        V1Text t = V1Text.create().part("a", 0x10000, 0x1000, "").part("b", 0, 0x1000, "");
        Diagnostic d = only(validate(t), "SCATTER_NOT_ASCENDING");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.partition()).isEqualTo("b");
    }

    @Test
    void misaligned() throws Exception {
        Diagnostic d = only(validate(V1Text.create().part("a", 0, 0x1001, "").part("b", 0x1001, 0x1000, "")),
                "SCATTER_MISALIGNED");
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.partition()).isEqualTo("b");
    }

    @Test
    void pastTheEndOfAKnownRegion() throws Exception {
        // a WwR-style resolved reservation tells the region ends at 0x2000000 + 4 blocks
        V1Text t = V1Text.create().part("a", 0, 0x1000000, "").part("b", 0x1000000, 0x2000000, "")
                .part("sgpt", 0xFFFF0004L, 0x80000, "  physical_start_addr: 0x2000000\n  is_reserved: true\n");
        Diagnostic d = only(validate(t), "SCATTER_PAST_END");
        assertThat(d.partition()).isEqualTo("b");
        assertThat(d.message()).contains("0x2080000");
    }

    @Test
    void hugeSizeOverflowingIsPastTheEnd() throws Exception {
        Diagnostic d = only(validate(V1Text.create().part("a", 0x7000000000000000L, 0x7000000000000000L, "")),
                "SCATTER_PAST_END");
        assertThat(d.message()).contains("2^63");
    }

    @Test
    void duplicateNameAndIndexWithinASection() throws Exception {
        V1Text t = V1Text.create().part("a", 0, 0x1000, "").part("A", 0x1000, 0x1000, "  partition_index: SYS0\n");
        List<Diagnostic> all = validate(t);
        assertThat(only(all, "SCATTER_DUPLICATE_NAME").message()).contains("'A'");
        assertThat(only(all, "SCATTER_DUPLICATE_INDEX").line()).isEqualTo(lineOf(t, "partition_index: SYS0", 1));
    }

    @Test
    void v2RepeatsNamesAcrossSectionsLegitimately() throws Exception {
        ScatterDocument doc = ScatterFiles.read(SharedCorpus.file("v2.x/MT6781_Dewil-King_mt6781.txt"));
        assertThat(new ScatterValidator().validate(doc))
                .noneMatch(d -> d.code().startsWith("SCATTER_DUPLICATE"));
    }

    @Test
    void storageAndRegionMismatch() throws Exception {
        List<Diagnostic> all = validate(V1Text.create().part("a", 0, 0x1000, "  storage: HW_STORAGE_UFS\n")
                .part("b", 0x1000, 0x1000, "  region: UFS_LU2\n"));
        assertThat(all.stream().filter(d -> d.code().equals("SCATTER_STORAGE_MISMATCH")))
                .extracting(Diagnostic::partition).containsExactly("a", "b");
    }

    @Test
    void unknownFieldIsAWarningAndDuplicateFieldAnError() throws Exception {
        V1Text t = V1Text.create().header("      fancy_header: 1\n").part("a", 0, 0x1000, "  my_field: x\n");
        String text = t.text().replace("  partition_size: 0x1000\n", "  partition_size: 0x1000\n  partition_size: 0x2000\n");
        List<Diagnostic> all = new ScatterValidator().validate(ScatterFiles.parse("crafted.txt", text.getBytes()));
        assertThat(all.stream().filter(d -> d.code().equals("SCATTER_UNKNOWN_FIELD")))
                .allMatch(d -> d.severity() == Severity.WARNING).hasSize(2);
        assertThat(only(all, "SCATTER_DUPLICATE_FIELD").severity()).isEqualTo(Severity.ERROR);
        assertThat(ScatterValidator.hasErrors(all)).isTrue();
    }

    @Test
    void readingProblems() throws Exception {
        V1Text t = V1Text.create().part("a", 0, 0x1000, "  partition_size: 0xZZ\n  is_download: maybe\n"
                + "  partition_index: SYSX\n  operation_type: SOMETIMES\n")
                .part("b", 0x1000, 0x1000, "  partition_size: 0x10000000000000000\n");
        List<Diagnostic> all = validate(t);
        assertThat(all.stream().filter(d -> d.code().equals("SCATTER_BAD_NUMBER"))).hasSize(2)
                .allMatch(d -> d.severity() == Severity.ERROR);
        assertThat(all).anyMatch(d -> d.code().equals("SCATTER_BAD_NUMBER") && d.message().contains("2^63"));
        assertThat(only(all, "SCATTER_BAD_BOOLEAN").message()).contains("maybe");
        assertThat(only(all, "SCATTER_BAD_INDEX").message()).contains("SYSX");
        assertThat(only(all, "SCATTER_UNKNOWN_VALUE").severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void missingFields() throws Exception {
        String text = V1Text.base().text().replace("  partition_size: 0x1000000\n", "");
        ScatterDocument doc = ScatterFiles.parse("crafted.txt", text.getBytes(StandardCharsets.UTF_8));
        Diagnostic d = only(new ScatterValidator().validate(doc), "SCATTER_MISSING_FIELD");
        assertThat(d.partition()).isEqualTo("boot");
        assertThat(d.message()).contains("partition_size");
    }

    @Test
    void otaListAndLegacyBody() throws Exception {
        ScatterDocument ota = ScatterFiles.parse("crafted.txt", "preloader 0x0\npgpt 0x0\nboot 0x80000\n".getBytes());
        assertThat(only(new ScatterValidator().validate(ota), "SCATTER_OTA_LIST").severity())
                .isEqualTo(Severity.WARNING);
        ScatterDocument legacy = ScatterFiles.parse("crafted.txt",
                "PRELOADER 0x0\n{\n  something\n}\nMBR 0x600000\n{\n}\n".getBytes());
        Diagnostic d = only(new ScatterValidator().validate(legacy), "SCATTER_LEGACY_BODY");
        assertThat(d.line()).isEqualTo(3);
        assertThat(d.partition()).isEqualTo("PRELOADER");
    }

    @Test
    void legacyNotAscending() throws Exception {
        ScatterDocument legacy = ScatterFiles.parse("crafted.txt",
                "PRELOADER 0x0\n{\n}\nMBR 0x600000\n{\n}\nEBR1 0x500000\n{\n}\n".getBytes());
        Diagnostic d = only(new ScatterValidator().validate(legacy), "SCATTER_NOT_ASCENDING");
        assertThat(d.partition()).isEqualTo("EBR1");
        assertThat(d.line()).isEqualTo(7);
        assertThat(d.column()).isEqualTo(6);
    }

    @Test
    void diagnosticsPrintLikeACompiler() throws Exception {
        Diagnostic d = only(validate(V1Text.create().part("a", 0, 0x9000, "").part("b", 0x8000, 0x2000, "")),
                "SCATTER_SIZE_MISMATCH");
        assertThat(d.toString()).startsWith("crafted.txt:" + d.line() + ":" + d.column() + ": error SCATTER_SIZE_MISMATCH: [a] ");
    }

    @Test
    void bothBootAreasCollideWithEachOne() throws Exception {
        V1Text t = V1Text.create().part("preloader", 0, 0x100000, "  region: EMMC_BOOT1_BOOT2\n")
                .part("backup", 0x80000, 0x100000, "  region: EMMC_BOOT2\n").part("pgpt", 0, 0x8000, "");
        Diagnostic d = only(validate(t), "SCATTER_OVERLAP");
        assertThat(d.partition()).isEqualTo("backup");
        assertThat(d.message()).contains("'preloader'");
    }

    @Test
    void linearEditedWithoutPhysical() throws Exception {
        V1Text t = V1Text.create().part("pgpt", 0, 0x8000, "").part("boot", 0x8000, 0x1000000, "")
                .part("userdata", 0x1008000, 0x10000000, "  linear_start_addr: 0x2008000\n");
        Diagnostic d = only(validate(t), "SCATTER_ADDRESS_MISMATCH");
        assertThat(d.severity()).isEqualTo(Severity.WARNING);
        assertThat(d.partition()).isEqualTo("userdata");
        assertThat(d.line()).isEqualTo(lineOf(t, "linear_start_addr: 0x2008000", 0));
    }

    @Test
    void aLinearAddressBelowThePhysicalOneDiffersByANegativeAmount() throws Exception {
        V1Text t = V1Text.create().part("pgpt", 0, 0x8000, "").part("boot", 0x8000, 0x1000000, "")
                .part("userdata", 0x1008000, 0x10000000, "  linear_start_addr: 0xF88000\n");
        Diagnostic d = only(validate(t), "SCATTER_ADDRESS_MISMATCH");
        assertThat(d.message()).contains("differ by -0x80000, but by 0x0").doesNotContain("0xFFFF");
    }
}
