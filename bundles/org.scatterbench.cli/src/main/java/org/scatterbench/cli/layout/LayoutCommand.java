package org.scatterbench.cli.layout;

import picocli.CommandLine.Command;

/** {@code layout}: the group of {@code show} and {@code diff}. */
@Command(name = "layout", mixinStandardHelpOptions = true, subcommands = { ShowLayoutCommand.class,
        DiffLayoutCommand.class },
        description = "Show a layout (scatter file, disk image or table dump) or compare two layouts.")
public final class LayoutCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
