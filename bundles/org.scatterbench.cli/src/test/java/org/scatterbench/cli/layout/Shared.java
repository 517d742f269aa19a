package org.scatterbench.cli.layout;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the read-only shared folder: -Dscatterbench.shared, else the first parent holding shared/corpus. */
final class Shared {

    private Shared() {
    }

    static Path dir() {
        String prop = System.getProperty("scatterbench.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/corpus"))) {
                return p.resolve("shared");
            }
        }
        throw new IllegalStateException("cannot find shared/corpus above " + Path.of("").toAbsolutePath()
                + "; set -Dscatterbench.shared");
    }

    static Path scatter(String relative) {
        return dir().resolve("corpus/scatter").resolve(relative);
    }
}
