package org.scatterbench.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import picocli.CommandLine;

/**
 * Entry point shared by the Equinox application and the tests: builds the command tree, runs it
 * and turns every failure into a one-line message and an exit code. A user never sees a stack
 * trace unless {@code SCATTERBENCH_DEBUG} is set.
 */
public final class ScatterbenchCli {

    /** Exit code for unreadable input or an internal failure. */
    public static final int EXIT_FAILURE = 1;
    /** Exit code for bad command-line usage (picocli's convention). */
    public static final int EXIT_USAGE = 2;

    private ScatterbenchCli() {
    }

    /** Plain-Java entry point (no OSGi), used by {@code dev/cli} and by tests that fork a process. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        CommandLine cl = newCommandLine(out, err);
        return cl.execute(args);
    }

    public static CommandLine newCommandLine(PrintStream out, PrintStream err) {
        CommandLine cl = new CommandLine(new TopCommand());
        for (Object sub : Commands.all()) {
            cl.addSubcommand(sub);
        }
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        cl.setOut(o);
        cl.setErr(e);
        cl.registerConverter(Path.class, ScatterbenchCli::path);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliException) {
                CliException ce = (CliException) ex;
                commandLine.getErr().println("scatterbench: " + ce.getMessage());
                return ce.exitCode();
            }
            if (ex instanceof InvalidPathException) {
                commandLine.getErr().println("scatterbench: " + unusablePath((InvalidPathException) ex));
                return EXIT_FAILURE;
            }
            commandLine.getErr().println("scatterbench: internal error: " + describe(ex));
            if (System.getenv("SCATTERBENCH_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("(set SCATTERBENCH_DEBUG=1 to see the stack trace)");
            }
            return EXIT_FAILURE;
        });
        return cl;
    }

    /** Converts a path option, turning a name the platform cannot encode into a one-line usage error. */
    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException ex) {
            throw new CommandLine.TypeConversionException(unusablePath(ex));
        }
    }

    /**
     * The usual cause is a non-ASCII file name under a C/POSIX locale: Java then encodes file
     * names in ASCII and cannot name the file at all, whatever the program does.
     */
    static String unusablePath(InvalidPathException ex) {
        if (ex.getInput().indexOf('\0') >= 0) {
            return "the path '" + ex.getInput().replace('\0', '?') + "' contains a NUL character, which no file name can hold";
        }
        return "the path '" + ex.getInput() + "' cannot be used with this locale's character set ("
                + System.getProperty("sun.jnu.encoding", Charset.defaultCharset().name())
                + "); run scatterbench under a UTF-8 locale (e.g. LC_ALL=C.UTF-8)";
    }

    private static String describe(Throwable t) {
        String m = t.getMessage();
        return t.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
