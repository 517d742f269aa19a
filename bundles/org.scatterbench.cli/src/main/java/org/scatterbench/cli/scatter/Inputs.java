package org.scatterbench.cli.scatter;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.scatterbench.cli.CliException;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;

/** Reading a scatter for a command, and writing an output file all-or-nothing. */
final class Inputs {

    private Inputs() {
    }

    static ScatterDocument read(Path file) {
        try {
            return ScatterFiles.read(file);
        } catch (ScatterReadException e) {
            throw new CliException(ScatterCommand.EXIT_UNREADABLE, e.getMessage());
        }
    }

    /**
     * Writes through a temporary file in the target's folder and renames it, so an interrupted
     * write never leaves a half-written scatter behind.
     */
    static void writeAtomically(Path out, byte[] bytes) {
        Path abs = out.toAbsolutePath();
        Path dir = abs.getParent();
        Path tmp = null;
        try {
            if (Files.isDirectory(abs)) {
                throw new CliException(ScatterCommand.EXIT_ERRORS, out + ": is a directory");
            }
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".tmp");
            Files.write(tmp, bytes);
            try {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw new CliException(ScatterCommand.EXIT_ERRORS, out + ": cannot write: " + e.getMessage());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the temporary file is hidden and named after the target
                }
            }
        }
    }
}
