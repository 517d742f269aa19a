package org.scatterbench.cli;

/**
 * A failure the user caused or can fix (bad file, refused plan, device not answering). Its
 * message is printed as is, without a stack trace, and the process exits with {@link #exitCode()}.
 */
public class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
