package org.scatterbench.cli.emulator;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.tools.ImageSpec;
import org.scatterbench.emulator.tools.PhoneImageWriter;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scatterbench emulator make-image --scatter FILE -o IMG}: a phone's eMMC user area. */
@Command(name = "make-image", mixinStandardHelpOptions = true, description = {
        "Make a virtual phone's eMMC image from a scatter file, partition table included.",
        "The table is the one the scatter lists (pgpt: GPT; MBR/EBR1: MBR + EBR chain); labelled blocks"
                + " ('SBEMU:phone:<partition>:block <n>') mark the start and end of every partition." })
public final class MakeImageCommand implements Callable<Integer> {

    /** Bytes labelled at the start of each partition unless --fill says otherwise. */
    static final String DEFAULT_FILL = "256K";

    @Option(names = "--scatter", required = true, description = "The scatter file.")
    Path scatter;

    @Option(names = { "-o", "--output" }, required = true, description = "The image file to create (never overwritten).")
    Path output;

    @Option(names = "--size", description = "Image size (e.g. 8G); default: just large enough for the scatter.")
    String size;

    @Option(names = "--fill", defaultValue = DEFAULT_FILL,
            description = "Bytes labelled at the start of each partition, 0 for none (default: ${DEFAULT-VALUE}).")
    String fill;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PhoneImageWriter.Result r = make(scatter, output, size, fill);
        spec.commandLine().getOut().printf("%s: 0x%X bytes, %s table, %d partitions labelled%n", r.image(), r.size(),
                r.table(), r.labelled().size());
        return 0;
    }

    static PhoneImageWriter.Result make(Path scatter, Path output, String size, String fill) {
        Layout layout = EmulatorOptions.layout(scatter);
        long bytes = size == null ? ImageSpec.minimumSize(layout) : EmulatorOptions.size("--size", size);
        long fillBytes = "0".equals(fill.trim()) ? 0 : EmulatorOptions.size("--fill", fill);
        try {
            return new PhoneImageWriter(fillBytes).write(layout, output, bytes);
        } catch (TableFormatException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, e.getMessage());
        } catch (IOException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, "cannot write " + output + ": " + e.getMessage());
        }
    }
}
