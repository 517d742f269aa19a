package org.scatterbench.cli.image;

import picocli.CommandLine.Command;

/** {@code scatterbench image}: the image-file commands. */
@Command(name = "image", description = "Inspect firmware image files (raw or Android sparse).",
        subcommands = { InfoCommand.class, ExpandCommand.class, SparseCommand.class }, mixinStandardHelpOptions = true)
public final class ImageCommand implements Runnable {

    /** The image is missing, unreadable or malformed. */
    public static final int EXIT_UNREADABLE = 1;
    /** Bad option values (picocli uses the same code for unknown options). */
    public static final int EXIT_USAGE = 2;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
