package org.scatterbench.cli.layout;

import java.util.Collection;
import java.util.List;

import org.scatterbench.cli.CliException;
import org.scatterbench.model.Layout;

/**
 * Checks {@code --opt-in} names. A misspelt name would otherwise be accepted silently and the
 * plan would still protect the partition the user meant to allow, or worse, they would believe
 * they had allowed it: every name must be a partition of one of the layouts involved.
 */
public final class OptInNames {

    private OptInNames() {
    }

    /** Fails with exit 2 naming the first name that is no partition of any of {@code layouts}. */
    public static void requireKnown(Collection<String> optIn, List<Layout> layouts) {
        for (String name : optIn) {
            boolean known = layouts.stream().anyMatch(l -> l.find(name).isPresent());
            if (!known) {
                throw new CliException(ExitCodes.USAGE, "--opt-in " + name + ": no partition of that name in the "
                        + (layouts.size() == 1 ? "layout" : "current or the new layout"));
            }
        }
    }
}
