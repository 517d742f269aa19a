package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.model.Diagnostic;

/**
 * Damaged scatter files never escape as anything but a clean {@link ScatterReadException}; what
 * does parse still writes back its own bytes, and every diagnostic is located. The number of cases
 * per seed file is {@code scatterbench.fuzz.cases} (default 80: about 3200 in CI; raise it for a
 * longer run), the seed {@code scatterbench.fuzz.seed}. The default seed is fixed, so a CI failure is reproducible.
 */
class MutationFuzzTest {

    private static final int CASES = Integer.getInteger("scatterbench.fuzz.cases", 80);

    private static List<byte[]> seeds() throws Exception {
        List<byte[]> seeds = new ArrayList<>();
        for (Path p : SharedCorpus.scatterFiles()) {
            seeds.add(Files.readAllBytes(p));
        }
        seeds.add(XmlFixtures.bytes("v118_emmc.xml"));
        seeds.add(XmlFixtures.bytes("v220_emmc_ufs.xml"));
        return seeds;
    }

    /** Reads, validates, shows and re-writes one input; returns true when it was readable. */
    static boolean exercise(String name, byte[] input) {
        ScatterDocument doc;
        try {
            doc = ScatterFiles.parse(name, input);
        } catch (ScatterReadException e) {
            assertThat(e.getMessage()).startsWith(name);
            assertThat(e.getMessage().length()).isLessThan(400);
            return false;
        }
        assertThat(doc.toBytes()).isEqualTo(input);
        List<Diagnostic> diagnostics = new ScatterValidator().validate(doc);
        for (Diagnostic d : diagnostics) {
            assertThat(d.source()).isEqualTo(name);
            assertThat(d.line()).as("%s", d).isPositive();
            assertThat(d.column()).as("%s", d).isPositive();
            assertThat(d.message()).isNotBlank();
        }
        assertThat(doc.layouts()).isNotEmpty();
        doc.layout();
        doc.configVersion();
        return true;
    }

    @Test
    void mutatedCorpus() throws Exception {
        Mutator m = new Mutator(Long.getLong("scatterbench.fuzz.seed", 20261126L));
        int total = 0;
        int readable = 0;
        int seedNo = 0;
        for (byte[] seed : seeds()) {
            for (int i = 0; i < CASES; i++) {
                byte[] input = m.mutate(seed, i % Mutator.KINDS);
                if (exercise("mutant-" + seedNo + "-" + i, input)) {
                    readable++;
                }
                total++;
            }
            seedNo++;
        }
        assertThat(total).isGreaterThanOrEqualTo(Math.min(2500, 40 * CASES));
        // most damage is local: the reader must stay useful, not refuse everything
        assertThat(readable).isGreaterThan(total / 4);
    }

    @Test
    void tenMegabyteLines() throws Exception {
        Mutator m = new Mutator(7L);
        List<byte[]> seeds = seeds();
        byte[][] picks = { seeds.get(1), seeds.get(10), seeds.get(seeds.size() - 1), seeds.get(seeds.size() - 4) };
        byte[] fills = { 'A', ' ', '0', '<' };
        for (int i = 0; i < picks.length; i++) {
            exercise("long-" + i, m.longLine(picks[i], 10 * 1024 * 1024, fills[i]));
        }
        byte[] longValue = ("- partition_index: SYS0\n  partition_name: " + "x".repeat(10 * 1024 * 1024)
                + "\n  partition_size: 0x" + "F".repeat(1000) + "\n  linear_start_addr: 0x0\n").getBytes();
        assertThat(exercise("long-value", longValue)).isTrue();
    }

    @Test
    void deepXmlNestingIsRefused() {
        String deep = "<root>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</root>";
        assertThat(exercise("deep", deep.getBytes())).isFalse();
    }

    @Test
    void pureJunk() {
        Mutator m = new Mutator(99L);
        for (int i = 0; i < 200; i++) {
            byte[] junk = m.mutate(new byte[0], 2);
            exercise("junk-" + i, junk);
        }
        assertThat(exercise("empty", new byte[0])).isFalse();
        assertThat(exercise("blank", "\n\n   \r\n".getBytes())).isFalse();
    }
}
