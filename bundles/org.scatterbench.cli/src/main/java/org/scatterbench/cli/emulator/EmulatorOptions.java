package org.scatterbench.cli.emulator;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.chip.ChipProfile;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.tools.ImageSpec;
import org.scatterbench.emulator.tools.ScatterLayouts;
import org.scatterbench.model.Layout;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;
import org.scatterbench.scatter.ScatterReadException;

/** Option parsing shared by the emulator commands, each failure a one-line user error. */
final class EmulatorOptions {

    private EmulatorOptions() {
    }

    static ChipProfile chip(String name) {
        return ChipProfiles.byName(name).orElseThrow(() -> new CliException(ScatterbenchCli.EXIT_USAGE,
                "unknown chip '" + name + "'; the virtual phone can be: " + String.join(", ", ChipProfiles.names())));
    }

    static List<ChipProfile> chips(String commaSeparated) {
        List<ChipProfile> l = new ArrayList<>();
        for (String n : commaSeparated.split(",")) {
            if (!n.isBlank()) {
                l.add(chip(n));
            }
        }
        if (l.isEmpty()) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, "--chip names no chip");
        }
        return l;
    }

    static long size(String option, String text) {
        try {
            return ImageSpec.parseSize(text);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, option + ": not a size: '" + text
                    + "' (examples: 4194304, 0x400000, 4M, 8G)");
        }
    }

    static Layout layout(Path scatter) {
        try {
            return ScatterLayouts.emmcLayout(scatter);
        } catch (ScatterReadException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, e.getMessage());
        }
    }

    /** Refuses, before any work, an output that exists without --force or that no file can replace. */
    static void requireAbsentOrForce(Path out, boolean force) {
        try {
            AtomicOutput.check(out, force ? AtomicOutput.Existing.REPLACE : AtomicOutput.Existing.REFUSE);
        } catch (OutputException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, e.kind() == OutputException.Kind.ALREADY_EXISTS
                    ? e.getMessage() + " (use --force to replace it)" : e.getMessage());
        }
    }
}
