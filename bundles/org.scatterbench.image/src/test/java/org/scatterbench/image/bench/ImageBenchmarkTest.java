package org.scatterbench.image.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The figures {@code scatterbench bench} relies on are printed, one {@code name: value unit} per line. */
class ImageBenchmarkTest {

    @Test
    void aSmallRunPrintsTheNamedFiguresInTheBenchFormat() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // The figures' code path with CI-sized images; the real sizes are for `scatterbench bench`.
        ImageBenchmark.run(4L << 20, 32L << 20, new PrintStream(out, true, StandardCharsets.UTF_8));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).allMatch(l -> l.matches("[a-z0-9_]+: [0-9]+\\.[0-9]+ \\S+"), "name: value unit");
        assertThat(lines).anyMatch(l -> l.startsWith("raw_seconds_per_gib: "))
                .anyMatch(l -> l.startsWith("sparse_seconds_per_data_gib: "));
        assertThat(lines).allMatch(l -> Double.parseDouble(l.split(" ")[1]) >= 0, "figures are not negative");
        assertThat(lines).anyMatch(l -> l.startsWith("sparse_seconds_data_6pct_of_32mib: "));
    }
}
