package org.scatterbench.flash;

import java.util.OptionalLong;

/**
 * A failure talking to a phone, worded for the user. The message says what happened and what to
 * do; when the device reported a status, {@link #status()} carries it so callers can add its
 * explanation from {@link StatusCodes}. Never shown with a stack trace.
 */
public class FlashException extends Exception {

    private static final long serialVersionUID = 1L;
    private final Long status;

    public FlashException(String message) {
        super(message);
        this.status = null;
    }

    public FlashException(String message, Throwable cause) {
        super(message, cause);
        this.status = null;
    }

    /** A failure caused by a device status; the message gets the code's plain explanation appended. */
    public FlashException(String message, long status) {
        super(message + ": " + StatusCodes.describe(status));
        this.status = status;
    }

    /** The BROM or DA status that caused this failure, if any. */
    public OptionalLong status() {
        return status == null ? OptionalLong.empty() : OptionalLong.of(status);
    }
}
