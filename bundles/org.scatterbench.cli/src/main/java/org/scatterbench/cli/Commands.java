package org.scatterbench.cli;

import java.util.List;

/**
 * The subcommands of {@code scatterbench}, in the order {@code --help} lists them. Each concept
 * keeps its command classes in its own package; this list is the only place that names them all.
 */
final class Commands {

    private Commands() {
    }

    static List<Object> all() {
        return List.of(
                new VersionCommand());
    }
}
