package org.scatterbench.cli.image;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.scatterbench.cli.CliException;
import org.scatterbench.image.ImageExpander;
import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.Sizes;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code image expand FILE -o OUT}: a sparse (or raw) image as the raw bytes it puts on a partition. */
@Command(name = "expand", mixinStandardHelpOptions = true,
        description = { "Write the expanded (raw) content of an image, like simg2img.",
                "DONT_CARE ranges read as zeros; they are left as holes in OUT where the filesystem allows.",
                "Exit codes: 0 written, 1 the image is missing, malformed or OUT cannot be written." })
public final class ExpandCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE", description = "the sparse or raw image")
    Path file;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "the raw file to write")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        ImageSource source = Images.open(file);
        try {
            AtomicOutput.write(output, AtomicOutput.Existing.REPLACE, temp -> {
                try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
                    ImageExpander.expandTo(source, ch, 0, ImageExpander.DontCare.SKIP,
                            ByteBuffer.allocateDirect(1 << 20));
                    // A trailing DONT_CARE range was skipped: give the file its full length as a hole.
                    if (ch.size() < source.expandedSize()) {
                        ch.write(ByteBuffer.allocate(1), source.expandedSize() - 1);
                    }
                }
            });
        } catch (ImageFormatException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, e.getMessage(), e);
        } catch (OutputException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, e.getMessage(), e);
        } catch (IOException e) {
            throw new CliException(ImageCommand.EXIT_UNREADABLE, output + ": cannot be written: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("wrote " + output + ": " + Sizes.bytesAndMib(source.expandedSize()) + " expanded from " + file);
        out.flush();
    }
}
