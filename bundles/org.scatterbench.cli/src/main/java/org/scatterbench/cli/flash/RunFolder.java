package org.scatterbench.cli.flash;

import java.nio.file.Files;
import java.nio.file.Path;

import org.scatterbench.cli.CliException;

/**
 * The folder a flash run keeps its backups and record in. It is checked before any phone is
 * touched: finding out that it cannot be written only after every partition was flashed would
 * leave the user without the record of what happened (and without the plan's backups).
 */
public final class RunFolder {

    private RunFolder() {
    }

    /**
     * Fails with exit 1, naming {@code dir}, unless {@code dir} is a writable folder or can be
     * created as one. Creates nothing: a run that stops early leaves no empty folder behind.
     */
    public static void requireUsable(Path dir, String option) {
        Path abs = dir.toAbsolutePath().normalize();
        if (Files.exists(abs)) {
            if (!Files.isDirectory(abs)) {
                throw new CliException(ExitCodes.FAILURE, option + " " + dir + " is a file, not a folder");
            }
            if (!Files.isWritable(abs)) {
                throw new CliException(ExitCodes.FAILURE, option + " " + dir + " is a folder this user cannot write to");
            }
            return;
        }
        Path p = abs.getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p == null) {
            return;
        }
        if (!Files.isDirectory(p)) {
            throw new CliException(ExitCodes.FAILURE, option + " " + dir + " cannot be created: " + p
                    + " is a file, not a folder");
        }
        if (!Files.isWritable(p)) {
            throw new CliException(ExitCodes.FAILURE, option + " " + dir + " cannot be created: this user cannot write to "
                    + p);
        }
    }
}
