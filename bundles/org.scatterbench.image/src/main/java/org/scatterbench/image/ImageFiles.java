package org.scatterbench.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Optional;

import org.scatterbench.image.content.ContentProbe;
import org.scatterbench.image.content.ImageInfo;
import org.scatterbench.image.fit.FitCheck;
import org.scatterbench.image.sparse.SparseFormat;
import org.scatterbench.image.sparse.SparseImageSource;
import org.scatterbench.model.Diagnostic;

/**
 * Quick questions about an image file, for readers, planners and validators that need an answer
 * rather than a stream.
 */
public final class ImageFiles {

    private ImageFiles() {
    }

    /** True when the file starts with the sparse magic {@code 3A FF 26 ED}. */
    public static boolean isSparse(Path file) throws IOException {
        requireFile(file);
        try (InputStream in = Files.newInputStream(file)) {
            return SparseFormat.hasMagic(in.readNBytes(4));
        }
    }

    /**
     * The number of bytes the image puts on a partition: the file size of a raw image, or
     * total_blks × blk_sz of a sparse image, after validating its header and every chunk header
     * (payloads are bounds-checked, not read; CRC32 values are checked only when streaming).
     *
     * @throws ImageFormatException naming the file, chunk and offset when the sparse image is malformed
     */
    public static long expandedSize(Path file) throws IOException {
        if (isSparse(file)) {
            return SparseImageSource.open(file).expandedSize();
        }
        return Files.size(file);
    }

    /**
     * What the image holds, in one human line plus the sizes its content states.
     *
     * @throws ImageFormatException when the file is missing or a malformed sparse image
     */
    public static ImageInfo describe(Path file) throws IOException {
        return ContentProbe.describe(file);
    }

    /**
     * Whether {@code image} fits partition {@code partitionName} of {@code partitionSize} bytes:
     * empty when it does; otherwise an error diagnostic (see {@link FitCheck} for the codes) whose
     * message names the partition, the image and both sizes in bytes and MiB. A missing or
     * malformed image is also reported as a diagnostic, not thrown.
     */
    public static Optional<Diagnostic> checkFits(Path image, long partitionSize, String partitionName) {
        return FitCheck.check(image, partitionSize, partitionName);
    }

    private static void requireFile(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new ImageFormatException(file, Files.exists(file) ? "not a regular file" : "no such file");
        }
    }
}
