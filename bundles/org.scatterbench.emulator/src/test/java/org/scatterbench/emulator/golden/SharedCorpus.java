package org.scatterbench.emulator.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds ../shared: the system property scatterbench.shared, else the nearest ancestor holding shared/corpus. */
public final class SharedCorpus {

    private SharedCorpus() {
    }

    public static Path root() {
        String p = System.getProperty("scatterbench.shared");
        if (p != null && !p.isBlank()) {
            return Paths.get(p);
        }
        Path d = Paths.get("").toAbsolutePath();
        while (d != null) {
            if (Files.isDirectory(d.resolve("shared/corpus"))) {
                return d.resolve("shared");
            }
            d = d.getParent();
        }
        throw new IllegalStateException("no shared/corpus above " + Paths.get("").toAbsolutePath()
                + "; set -Dscatterbench.shared");
    }

    public static Path transcript(String name) {
        return root().resolve("corpus/transcripts").resolve(name);
    }

    public static Path scatterDir() {
        return root().resolve("corpus/scatter");
    }
}
