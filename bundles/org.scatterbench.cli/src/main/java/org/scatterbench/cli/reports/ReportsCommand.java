package org.scatterbench.cli.reports;

import picocli.CommandLine.Command;

/** {@code reports}: the group of report commands. */
@Command(name = "reports", mixinStandardHelpOptions = true, description = "List and show run reports.",
        subcommands = { ListCommand.class, ShowCommand.class })
public final class ReportsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
