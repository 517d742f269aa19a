package org.scatterbench.model;

import java.util.Objects;

/**
 * A problem found in an input, located as precisely as the input allows. {@code code} is stable
 * (scripts and tests key on it); {@code message} is plain language for the user.
 *
 * @param severity  how serious
 * @param code      stable identifier, e.g. {@code SCATTER_OVERLAP}
 * @param message   plain-language explanation
 * @param source    file name or other origin, may be null
 * @param line      1-based line, 0 when not applicable
 * @param column    1-based column, 0 when not applicable
 * @param partition partition concerned, may be null
 */
public record Diagnostic(Severity severity, String code, String message, String source, int line, int column,
        String partition) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(String code, String message) {
        return new Diagnostic(Severity.ERROR, code, message, null, 0, 0, null);
    }

    public static Diagnostic warning(String code, String message) {
        return new Diagnostic(Severity.WARNING, code, message, null, 0, 0, null);
    }

    public Diagnostic at(String newSource, int newLine, int newColumn) {
        return new Diagnostic(severity, code, message, newSource, newLine, newColumn, partition);
    }

    public Diagnostic forPartition(String name) {
        return new Diagnostic(severity, code, message, source, line, column, name);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code file:line:col: error CODE: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (source != null) {
            sb.append(source).append(':');
            if (line > 0) {
                sb.append(line).append(':');
                if (column > 0) {
                    sb.append(column).append(':');
                }
            }
            sb.append(' ');
        }
        sb.append(severity.name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(code).append(": ");
        if (partition != null) {
            sb.append('[').append(partition).append("] ");
        }
        return sb.append(message).toString();
    }
}
