package org.scatterbench.transport.registry;

import java.io.IOException;

/** A driver that was contributed but could not be loaded; the message names the contributing bundle. */
public final class DriverUnavailableException extends IOException {

    private static final long serialVersionUID = 1L;

    public DriverUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
