package org.scatterbench.cli.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a result next to its destination and moves it into place only when complete, so a failed
 * or interrupted command never leaves a half-written image under the requested name.
 */
final class OutputFile {

    /** Produces the content into the given temporary file. */
    interface Producer {
        void produce(Path temp) throws IOException;
    }

    private OutputFile() {
    }

    static void write(Path destination, Producer producer) throws IOException {
        Path dir = destination.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + destination.getFileName() + ".", ".part");
        try {
            producer.produce(temp);
            Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
