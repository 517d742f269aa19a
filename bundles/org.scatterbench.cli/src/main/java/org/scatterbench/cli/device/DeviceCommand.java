package org.scatterbench.cli.device;

import picocli.CommandLine.Command;

/**
 * {@code scatterbench device ...}: the commands about connected phones. Each subcommand is its own
 * class; add new ones (info, table...) to {@code subcommands}.
 */
@Command(name = "device", description = "List and inspect connected phones.",
        subcommands = { DeviceListCommand.class, org.scatterbench.cli.flash.DeviceInfoCommand.class,
                org.scatterbench.cli.flash.DeviceTableCommand.class })
public final class DeviceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
