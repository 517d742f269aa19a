package org.scatterbench.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.scatterbench.cli.backup.Shared;

/**
 * The bench command's output, not its speed (figures belong in docs/BENCHMARKS.md): the quick ratio
 * and pty groups run end to end and print consistent {@code name: value unit} lines.
 */
class BenchCommandTest {

    private static final Pattern LINE = Pattern.compile("^([a-z0-9_.]+): ([0-9.]+)( [A-Za-z/]+)?$");

    private static Map<String, Double> figures(String out) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (String l : out.lines().toList()) {
            Matcher x = LINE.matcher(l);
            assertThat(x.matches()).as("a 'name: value unit' line: %s", l).isTrue();
            m.put(x.group(1), Double.parseDouble(x.group(2)));
        }
        return m;
    }

    @Test
    void quickRatiosArePrintedAsEngineOverRawPerLine() {
        Shared.Run r = Shared.cli("bench", "--quick", "--only", "ratio,pty");
        assertThat(r.exit()).as(r.err()).isZero();
        Map<String, Double> f = figures(r.out());
        for (String line : new String[] { "pipe", "tcp", "pty" }) {
            double engine = f.get("write_mib_s_engine_" + line);
            double raw = f.get("write_mib_s_raw_" + line);
            assertThat(engine).as(line).isPositive();
            assertThat(raw).as(line).isPositive();
            assertThat(f.get("write_cpu_ms_per_mib_engine_" + line)).as(line).isPositive();
            // the median of the run pairs, between the lowest and highest pair
            double ratio = f.get("write_ratio_" + line);
            assertThat(ratio).as(line).isPositive()
                    .isBetween(f.get("write_ratio_" + line + "_lowest_pair"), f.get("write_ratio_" + line + "_highest_pair"));
        }
        assertThat(f).containsKeys("write_mib_s_pty", "read_mib_s_pty");
        assertThat(f.keySet()).noneMatch(k -> k.startsWith("scatter.") || k.startsWith("peak_heap"));
    }

    @Test
    void anUnknownGroupIsAUsageErrorNamingTheGroups() {
        Shared.Run r = Shared.cli("bench", "--only", "speed");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("speed").contains("ratio").doesNotContain("Exception");
    }
}
