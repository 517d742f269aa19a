package org.scatterbench.flash.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Finds ../shared: the scatterbench.shared property, else walking up to a folder holding shared/corpus. */
final class SharedCorpus {

    private SharedCorpus() {
    }

    static Path root() {
        String p = System.getProperty("scatterbench.shared");
        if (p != null && Files.isDirectory(Paths.get(p, "corpus"))) {
            return Paths.get(p);
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/corpus"))) {
                return d.resolve("shared");
            }
        }
        throw new IllegalStateException("cannot find shared/corpus above " + Paths.get("").toAbsolutePath());
    }
}
