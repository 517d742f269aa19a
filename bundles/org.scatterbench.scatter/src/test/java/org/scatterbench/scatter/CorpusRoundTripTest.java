package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Severity;

/** Every corpus file parses, means something, and writes back byte for byte. */
class CorpusRoundTripTest {

    static Stream<Path> corpus() {
        return SharedCorpus.scatterFiles().stream();
    }

    @Test
    void corpusIsThere() {
        assertThat(SharedCorpus.scatterFiles()).hasSizeGreaterThanOrEqualTo(30);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void parsesAndRoundTrips(Path file) throws Exception {
        byte[] original = Files.readAllBytes(file);
        ScatterDocument doc = ScatterFiles.read(file);
        assertThat(doc.toBytes()).as("round trip of %s", file).isEqualTo(original);
        assertThat(doc.layouts()).isNotEmpty();
        for (Layout l : doc.layouts()) {
            assertThat(l.partitions()).as("partitions of %s", file).isNotEmpty();
        }
        if (!file.getFileName().toString().contains("accuchek")) {
            // the Accu-Chek file is hand-edited and really has an entry with an empty name
            assertThat(doc.problems()).as("read problems of %s", file)
                    .noneMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void formatMatchesFolder(Path file) throws Exception {
        ScatterDocument doc = ScatterFiles.read(file);
        String folder = file.getParent().getFileName().toString();
        List<ScatterFormat> expected = switch (folder) {
            case "legacy" -> List.of(ScatterFormat.LEGACY, ScatterFormat.OTA_LIST);
            case "v1.x" -> List.of(ScatterFormat.V1);
            case "v2.x" -> List.of(ScatterFormat.V2);
            default -> List.of(ScatterFormat.XML);
        };
        assertThat(expected).contains(doc.format());
        if (doc.format() == ScatterFormat.V2) {
            assertThat(doc.layouts()).hasSize(2);
        }
    }
}
