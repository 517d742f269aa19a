package org.scatterbench.emulator.wire;

import java.io.IOException;

/** The session's line is gone: the host closed it, or a fault plan cut it. */
public final class LinkClosedException extends IOException {

    private static final long serialVersionUID = 1L;
    private final boolean byFault;

    public LinkClosedException(String message, boolean byFault) {
        super(message);
        this.byFault = byFault;
    }

    public boolean byFault() {
        return byFault;
    }
}
