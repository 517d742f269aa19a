package org.scatterbench.cli.scatter;

import org.scatterbench.cli.flash.FromDeviceCommand;

import picocli.CommandLine.Command;

/** {@code scatterbench scatter}: the scatter-file commands. */
@Command(name = "scatter", description = "Read, check, rewrite and convert MediaTek scatter files.",
        subcommands = { ShowCommand.class, ValidateCommand.class, FormatCommand.class, ConvertCommand.class,
                FromDeviceCommand.class },
        mixinStandardHelpOptions = true)
public final class ScatterCommand implements Runnable {

    /** Unreadable input: the file is missing or is not a scatter file (the product-wide code for it). */
    public static final int EXIT_UNREADABLE = 1;
    /** Bad command-line usage. */
    public static final int EXIT_USAGE = 2;
    /** The file was read but has errors, or the requested output cannot be produced. */
    public static final int EXIT_ERRORS = 1;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
