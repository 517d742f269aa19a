package org.scatterbench.transport;

import java.io.IOException;

/** Nothing arrived from the device within the allowed time. */
public class TransportTimeoutException extends IOException {

    private static final long serialVersionUID = 1L;

    public TransportTimeoutException(String message) {
        super(message);
    }
}
