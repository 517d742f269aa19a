package org.scatterbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds ../shared: the system property scatterbench.shared, else walking up from the working directory. */
public final class SharedFiles {

    private SharedFiles() {
    }

    public static Path shared() {
        String prop = System.getProperty("scatterbench.shared");
        if (prop != null && Files.isDirectory(Path.of(prop, "corpus"))) {
            return Path.of(prop).toAbsolutePath().normalize();
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/corpus"))) {
                return p.resolve("shared");
            }
        }
        throw new IllegalStateException("cannot find shared/corpus: set -Dscatterbench.shared");
    }

    public static Path scatter(String relative) {
        return shared().resolve("corpus/scatter").resolve(relative);
    }
}
