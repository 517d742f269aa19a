package org.scatterbench.ui.tests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.scatter.ScatterFiles;

/** Builds a small ROM folder in a temporary directory: a corpus scatter and a 4 KiB image per file it names. */
public final class RomFolders {

    private RomFolders() {
    }

    public static Path fromCorpus(String corpusScatter) throws Exception {
        Path dir = Files.createTempDirectory("rom-folder");
        Path scatter = dir.resolve("MT6765_Android_scatter.txt");
        Files.copy(SharedFiles.scatter(corpusScatter), scatter);
        Layout layout = ScatterFiles.read(scatter).layout();
        Random random = new Random(42);
        for (Partition p : layout.partitions()) {
            if (p.fileName().isPresent()) {
                Path image = dir.resolve(p.fileName().get());
                if (!Files.exists(image)) {
                    byte[] bytes = new byte[4096];
                    random.nextBytes(bytes);
                    Files.write(image, bytes);
                }
            }
        }
        return scatter;
    }
}
