package org.scatterbench.transport;

import java.io.IOException;

/** The device closed the connection or was unplugged. */
public class DisconnectedException extends IOException {

    private static final long serialVersionUID = 1L;

    public DisconnectedException(String message) {
        super(message);
    }

    public DisconnectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
