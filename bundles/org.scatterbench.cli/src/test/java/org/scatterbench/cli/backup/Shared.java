package org.scatterbench.cli.backup;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.scatterbench.cli.ScatterbenchCli;

/** Runs the CLI with captured streams. */
public final class Shared {

    /** Exit code and both streams of one CLI run. */
    public record Run(int exit, String out, String err) {
    }

    private Shared() {
    }

    public static Run cli(String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = ScatterbenchCli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
