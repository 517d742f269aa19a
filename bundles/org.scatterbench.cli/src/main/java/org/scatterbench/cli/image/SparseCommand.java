package org.scatterbench.cli.image;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.scatterbench.cli.CliException;
import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.Sizes;
import org.scatterbench.image.sparse.RawToSparse;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code image sparse FILE -o OUT}: a raw image as an Android sparse image. */
@Command(name = "sparse", mixinStandardHelpOptions = true,
        description = { "Write a raw image as an Android sparse image, like img2simg.",
                "Blocks of one repeated 4-byte value become FILL chunks, the rest RAW chunks.",
                "A last partial block is padded with zeros.",
                "Exit codes: 0 written, 1 the input is missing or unreadable or OUT cannot be written." })
public final class SparseCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE", description = "the raw image")
    Path file;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "the sparse file to write")
    Path output;

    @Option(names = "--block-size", paramLabel = "BYTES", defaultValue = "4096",
            description = "sparse block size, a multiple of 4 (default: ${DEFAULT-VALUE})")
    int blockSize;

    @Option(names = "--zeros-as-dont-care",
            description = "write all-zero blocks as DONT_CARE (the target keeps its old bytes there) instead of FILL 0")
    boolean zerosAsDontCare;

    @Option(names = "--crc", description = "end the image with a CRC32 chunk")
    boolean crc;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if (blockSize <= 0 || blockSize % 4 != 0 || blockSize > (1 << 20)) {
            throw new CliException(ImageCommand.EXIT_USAGE,
                    "--block-size must be a positive multiple of 4 up to 1048576, not " + blockSize);
        }
        Images.requireImageFile(file);
        try {
            if (Files.size(file) == 0) {
                throw new CliException(ImageCommand.EXIT_UNREADABLE, file + ": empty, a sparse image needs a block");
            }
            AtomicOutput.write(output, AtomicOutput.Existing.REPLACE, temp -> RawToSparse.convert(file, temp, blockSize,
                    zerosAsDontCare ? RawToSparse.ZeroBlocks.DONT_CARE : RawToSparse.ZeroBlocks.FILL, crc));
            ImageSource written = ImageSource.open(output);
            PrintWriter out = spec.commandLine().getOut();
            out.println("wrote " + output + ": " + Sizes.bytesAndMib(Files.size(output)) + " in "
                    + written.totals().chunks() + " chunks, expands to " + Sizes.bytesAndMib(written.expandedSize()));
            out.flush();
        } catch (ImageFormatException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, e.getMessage(), e);
        } catch (OutputException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, file + " -> " + output + ": " + e.getMessage(), e);
        }
    }
}
