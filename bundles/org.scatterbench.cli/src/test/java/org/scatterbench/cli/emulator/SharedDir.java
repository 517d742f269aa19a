package org.scatterbench.cli.emulator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** ../shared for tests: -Dscatterbench.shared, else the nearest ancestor holding shared/corpus. */
final class SharedDir {

    private SharedDir() {
    }

    static Path root() {
        String p = System.getProperty("scatterbench.shared");
        if (p != null && !p.isBlank()) {
            return Paths.get(p);
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/corpus"))) {
                return d.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared/corpus above " + Paths.get("").toAbsolutePath());
    }

    static Path scatter(String name) {
        return root().resolve("corpus/scatter").resolve(name);
    }
}
