package org.scatterbench.image.fit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.Sizes;
import org.scatterbench.image.content.ContentProbe;
import org.scatterbench.image.content.ImageInfo;
import org.scatterbench.model.Diagnostic;

/**
 * Whether an image fits a partition. Every problem comes back as an error {@link Diagnostic}
 * naming the partition and the image with both sizes in bytes and MiB; nothing is thrown for a bad
 * image, so validators and planners handle one shape of answer.
 */
public final class FitCheck {

    /** The expanded image is bigger than the partition. */
    public static final String TOO_BIG = "IMAGE_TOO_BIG";
    /** The image fits, but the filesystem inside claims more than the partition holds. */
    public static final String FILESYSTEM_TOO_BIG = "IMAGE_FILESYSTEM_TOO_BIG";
    /** The image file is missing. */
    public static final String MISSING = "IMAGE_MISSING";
    /** The image is malformed (a broken sparse image) or cannot be read. */
    public static final String UNREADABLE = "IMAGE_UNREADABLE";

    private FitCheck() {
    }

    public static Optional<Diagnostic> check(Path image, long partitionSize, String partitionName) {
        if (partitionSize < 0) {
            throw new IllegalArgumentException("negative partition size " + partitionSize);
        }
        if (!Files.exists(image)) {
            return Optional.of(error(MISSING, "image " + image + " for partition " + partitionName + " does not exist",
                    image, partitionName));
        }
        ImageSource source;
        try {
            source = ImageSource.open(image);
        } catch (ImageFormatException e) {
            return Optional.of(error(UNREADABLE, "image for partition " + partitionName + " is malformed: "
                    + e.getMessage(), image, partitionName));
        } catch (IOException e) {
            return Optional.of(error(UNREADABLE, "image " + image + " for partition " + partitionName
                    + " cannot be read: " + e.getMessage(), image, partitionName));
        }
        long expanded = source.expandedSize();
        String what = source.isSparse() ? "sparse image " + image + " expands to " : "image " + image + " is ";
        if (expanded > partitionSize) {
            StringBuilder m = new StringBuilder(what).append(Sizes.bytesAndMib(expanded))
                    .append(" but partition ").append(partitionName).append(" holds only ")
                    .append(Sizes.bytesAndMib(partitionSize)).append(": ")
                    .append(Sizes.bytesAndMib(expanded - partitionSize)).append(" too many");
            long definedEnd = source.totals().definedEnd();
            if (source.isSparse() && definedEnd <= partitionSize) {
                m.append(". Only its DONT_CARE tail is too big: all its data ends at offset ")
                        .append(Sizes.hex(definedEnd)).append(" (").append(definedEnd)
                        .append(" bytes), inside the partition; the image was built for a larger partition");
            }
            return Optional.of(error(TOO_BIG, m.toString(), image, partitionName));
        }
        ImageInfo info;
        try {
            info = ContentProbe.describe(source);
        } catch (IOException e) {
            // The size check passed; what the content says is extra and cannot be had here.
            return Optional.empty();
        }
        Long fsSize = info.filesystemSize();
        if (fsSize != null && fsSize > partitionSize) {
            return Optional.of(error(FILESYSTEM_TOO_BIG, what + Sizes.bytesAndMib(expanded) + ", which fits partition "
                    + partitionName + " (" + Sizes.bytesAndMib(partitionSize) + "), but the "
                    + info.kind().label() + " inside states " + Sizes.bytesAndMib(fsSize)
                    + ": it would be cut short by " + Sizes.bytesAndMib(fsSize - partitionSize), image, partitionName));
        }
        return Optional.empty();
    }

    private static Diagnostic error(String code, String message, Path image, String partition) {
        return Diagnostic.error(code, message).at(image.toString(), 0, 0).forPartition(partition);
    }
}
