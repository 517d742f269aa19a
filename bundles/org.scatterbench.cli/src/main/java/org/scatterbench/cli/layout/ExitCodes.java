package org.scatterbench.cli.layout;

/** Exit codes of the layout and plan commands (a contract with scripts). */
final class ExitCodes {

    /** The plan is possible / the layout was shown. */
    static final int OK = 0;
    /** An input could not be read as a scatter file or a disk image. */
    static final int UNREADABLE = 1;
    /** Bad command-line usage (picocli's convention). */
    static final int USAGE = 2;
    /** The plan is refused; the reasons say why. */
    static final int REFUSED = 3;

    private ExitCodes() {
    }
}
