package org.scatterbench.scatter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds ../shared at test time (never copied into the project). */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    public static Path shared() {
        String prop = System.getProperty("scatterbench.shared");
        if (prop != null) {
            return Paths.get(prop);
        }
        Path dir = Paths.get("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve("shared/corpus"))) {
                return dir.resolve("shared");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("cannot find shared/corpus above " + Paths.get("").toAbsolutePath());
    }

    public static Path scatterDir() {
        return shared().resolve("corpus/scatter");
    }

    public static Path file(String relative) {
        return scatterDir().resolve(relative);
    }

    /** Every scatter file of the corpus (SOURCES.tsv excluded), sorted. */
    public static List<Path> scatterFiles() {
        try (Stream<Path> s = Files.walk(scatterDir())) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("SOURCES.tsv"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
