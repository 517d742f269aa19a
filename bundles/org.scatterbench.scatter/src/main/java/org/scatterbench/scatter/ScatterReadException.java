package org.scatterbench.scatter;

import java.io.IOException;

/**
 * The input cannot be read as a scatter file at all (not a scatter, binary, structurally broken).
 * The message always names the file and, where one is to blame, the line, so the command line can
 * print it as is. Problems with single values are not exceptions but diagnostics of the document.
 */
public class ScatterReadException extends IOException {

    private static final long serialVersionUID = 1L;
    private final String source;
    private final int line;

    public ScatterReadException(String source, int line, String problem) {
        super(source + (line > 0 ? ":" + line : "") + ": " + limit(problem));
        this.source = source;
        this.line = line;
    }

    /** Messages quote the input; a hostile 10 MB line must not become a 10 MB message. */
    private static String limit(String problem) {
        return problem.length() <= 300 ? problem : problem.substring(0, 297) + "...";
    }

    /** The file name or other origin of the input. */
    public String source() {
        return source;
    }

    /** 1-based line of the problem, 0 when the whole input is to blame. */
    public int line() {
        return line;
    }
}
