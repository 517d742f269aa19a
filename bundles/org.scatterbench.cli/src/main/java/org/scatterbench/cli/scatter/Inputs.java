package org.scatterbench.cli.scatter;

import java.nio.file.Path;

import org.scatterbench.cli.CliException;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;
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

    /** Writes all-or-nothing (see {@link AtomicOutput}); a message names {@code out} and says why. */
    static void writeAtomically(Path out, byte[] bytes) {
        try {
            AtomicOutput.write(out, bytes);
        } catch (OutputException e) {
            throw new CliException(ScatterCommand.EXIT_ERRORS, e.getMessage());
        }
    }
}
