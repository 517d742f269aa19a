package org.scatterbench.transport.usb;

import java.io.IOException;

/** A USB call failed; {@link #status()} says how, for callers that explain it to the user. */
public class UsbBackendException extends IOException {

    private static final long serialVersionUID = 1L;
    private final UsbStatus status;

    public UsbBackendException(UsbStatus status, String message) {
        super(message);
        this.status = status;
    }

    public UsbBackendException(UsbStatus status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    public UsbStatus status() {
        return status;
    }
}
