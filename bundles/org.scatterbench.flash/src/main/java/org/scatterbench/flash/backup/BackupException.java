package org.scatterbench.flash.backup;

/** A backup folder that cannot be used as it is, worded for the user (names the file or partition). */
public final class BackupException extends Exception {

    private static final long serialVersionUID = 1L;

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
