package org.scatterbench.cli.flash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds ../shared: the system property scatterbench.shared, else walking up to a dir with shared/corpus. */
final class SharedDir {

    private SharedDir() {
    }

    public static Path get() {
        String p = System.getProperty("scatterbench.shared");
        if (p != null) {
            return Paths.get(p);
        }
        Path d = Paths.get("").toAbsolutePath();
        while (d != null) {
            if (Files.isDirectory(d.resolve("shared/corpus"))) {
                return d.resolve("shared");
            }
            d = d.getParent();
        }
        throw new IllegalStateException("cannot find shared/corpus above " + Paths.get("").toAbsolutePath());
    }

    public static Path transcript(String name) {
        return get().resolve("corpus/transcripts").resolve(name);
    }
}
