package org.scatterbench.model.io;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An output file that was not written; the message names the file the user asked for (never a
 * temporary name) and says why, and is meant to be shown as it is.
 */
public final class OutputException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why the output was not written, for callers that word some cases their own way. */
    public enum Kind {
        /** The target exists and is a directory, device, FIFO or socket. */
        NOT_A_REGULAR_FILE,
        /** The target exists and the caller asked not to replace it. */
        ALREADY_EXISTS,
        /** The folder or the disk refused: no such folder, permission denied, disk full, ... */
        CANNOT_WRITE
    }

    private final Kind kind;
    private final transient Path target;

    OutputException(Kind kind, Path target, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.target = target;
    }

    public Kind kind() {
        return kind;
    }

    /** The output as the caller gave it. */
    public Path target() {
        return target;
    }
}
