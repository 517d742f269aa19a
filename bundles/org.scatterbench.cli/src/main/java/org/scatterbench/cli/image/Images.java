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
        if (!Files.exists(file)) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, file + ": no such file");
        }
        try {
            return ImageSource.open(file);
        } catch (org.scatterbench.image.ImageFormatException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, file + ": cannot be read: " + e.getMessage(), e);
        }
    }
}
