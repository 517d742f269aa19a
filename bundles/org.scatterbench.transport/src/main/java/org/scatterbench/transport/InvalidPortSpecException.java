package org.scatterbench.transport;

import java.io.IOException;

/** The user named a port no driver understands, or a driver refuses (e.g. a non-loopback TCP host). */
public class InvalidPortSpecException extends IOException {

    private static final long serialVersionUID = 1L;

    public InvalidPortSpecException(String message) {
        super(message);
    }
}
