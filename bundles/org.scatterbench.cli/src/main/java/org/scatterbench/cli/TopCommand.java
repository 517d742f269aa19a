package org.scatterbench.cli;

import picocli.CommandLine.Command;

/** The root command: {@code scatterbench}. Subcommands are registered in {@link Commands}. */
@Command(name = "scatterbench", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Read, compare and flash MediaTek scatter layouts without losing user data.",
        footer = { "", "Run 'scatterbench COMMAND --help' for the options of a command.",
                "'scatterbench gui' starts the workbench; 'scatterbench test' runs every test." })
public final class TopCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
