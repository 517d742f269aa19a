package org.scatterbench.cli.emulator;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.chip.ChipProfile;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code scatterbench emulator make-da --chip mt6765 -o DA.bin}. */
@Command(name = "make-da", mixinStandardHelpOptions = true, description = "Write a synthetic DA file (MTK DA container layout) for virtual phones.")
public final class MakeDaCommand implements Callable<Integer> {

    @Option(names = "--chip", defaultValue = "mt6765", description = "Chip or comma-separated chips (default: ${DEFAULT-VALUE}).")
    String chip;

    @Option(names = { "-o", "--output" }, required = true, description = "The DA file to write.")
    Path output;

    @Option(names = "--force", description = "Replace an existing file.")
    boolean force;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ChipProfile> chips = EmulatorOptions.chips(chip);
        EmulatorOptions.requireAbsentOrForce(output, force);
        byte[] da = DaFileWriter.build(chips);
        try {
            AtomicOutput.write(output, force ? AtomicOutput.Existing.REPLACE : AtomicOutput.Existing.REFUSE, da);
        } catch (OutputException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, e.getMessage());
        }
        spec.commandLine().getOut().printf("%s: %d bytes, DA entries for %s%n", output, da.length,
                String.join(", ", chips.stream().map(ChipProfile::displayName).toList()));
        return 0;
    }
}
