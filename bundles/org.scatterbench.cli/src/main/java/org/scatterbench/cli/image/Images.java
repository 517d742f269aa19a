package org.scatterbench.cli.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scatterbench.cli.CliException;
import org.scatterbench.image.ImageSource;

/** Opening an image for a command: every failure becomes a one-line CLI error naming the file. */
final class Images {

    private Images() {
    }

    static ImageSource open(Path file) {
        requireImageFile(file);
        try {
            return ImageSource.open(file);
        } catch (org.scatterbench.image.ImageFormatException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Fails with exit 1 and the actual reason unless {@code file} is a regular file (through links). */
    static void requireImageFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, file + " is a folder, not an image file");
        }
        if (!Files.exists(file)) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, Files.isSymbolicLink(file)
                    ? file + " is a symbolic link to a missing file" : file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, file
                    + " is not a regular file (a device or a pipe), not an image file");
        }
    }
}
