package org.scatterbench.cli.flash;

/** Exit codes of the device commands. */
final class ExitCodes {

    /** The phone or a file failed (message printed). */
    static final int FAILURE = 1;
    /** Bad usage: missing DA, unknown mode. */
    static final int USAGE = 2;
    /** The plan was refused (or declined); nothing was written. */
    static final int REFUSED = 3;

    private ExitCodes() {
    }
}
