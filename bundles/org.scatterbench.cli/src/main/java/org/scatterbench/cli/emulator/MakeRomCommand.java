package org.scatterbench.cli.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.tools.BlockLabel;
import org.scatterbench.emulator.tools.ImageSpec;
import org.scatterbench.emulator.tools.RomFolderWriter;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scatterbench emulator make-rom --scatter FILE -o DIR [--upgraded]}: test firmware. */
@Command(name = "make-rom", mixinStandardHelpOptions = true, description = {
        "Make a ROM folder (scatter + labelled images) from a scatter file.",
        "One image per downloadable partition ('SBEMU:rom-v1:...'); --upgraded labels system, boot, recovery, logo"
                + " and lk 'rom-v2' instead, as a firmware update changes them." })
public final class MakeRomCommand implements Callable<Integer> {

    @Option(names = "--scatter", required = true, description = "The scatter file.")
    Path scatter;

    @Option(names = { "-o", "--output" }, required = true, description = "The folder to create (must be absent or empty).")
    Path output;

    @Option(names = "--upgraded", description = "Make the upgraded variant.")
    boolean upgraded;

    @Option(names = "--image-limit", defaultValue = "256K",
            description = "Largest image written per partition, 4K to 64M (default: ${DEFAULT-VALUE}).")
    String imageLimit;

    /** Every image is built in memory before the folder is written, so the limit stays well inside the heap. */
    static final long MAX_IMAGE_LIMIT = 64L << 20;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long limit = EmulatorOptions.size("--image-limit", imageLimit);
        if (limit < BlockLabel.BLOCK || limit > MAX_IMAGE_LIMIT) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, "--image-limit: " + imageLimit
                    + " is outside the allowed range 4K (4096) to 64M (67108864)");
        }
        Layout layout = EmulatorOptions.layout(scatter);
        List<Path> files;
        try {
            files = new RomFolderWriter(limit).write(scatter, layout, output, upgraded, ImageSpec.minimumSize(layout));
        } catch (IllegalArgumentException e) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, "--image-limit: " + e.getMessage());
        } catch (TableFormatException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, e.getMessage());
        } catch (IOException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, "cannot write the ROM " + output + ": " + e.getMessage());
        }
        spec.commandLine().getOut().printf("%s: %s ROM, scatter + %d images%n", output, upgraded ? "upgraded" : "base",
                files.size());
        return 0;
    }
}
