package org.scatterbench.emulator.xflash;

/**
 * Ends the current DA command with an error status. Thrown deep inside a command; the command
 * loop sends the status (unless it was sent already) and waits for the next command.
 */
final class DaAbort extends Exception {

    private static final long serialVersionUID = 1L;
    private final long status;
    private final boolean resync;

    DaAbort(long status, String reason, boolean resync) {
        super(reason, null, false, false);
        this.status = status;
        this.resync = resync;
    }

    long status() {
        return status;
    }

    /** True when the line is out of step and the next packet must be found by its magic. */
    boolean resync() {
        return resync;
    }
}
