package org.scatterbench.cli.flash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;

import org.scatterbench.cli.CliException;

import picocli.CommandLine.Option;

/** The options every command that talks to a phone shares. */
public final class DeviceOptions {

    /** Names a DA file when {@code --da} is not given. */
    public static final String DA_ENV = "SCATTERBENCH_DA";

    @Option(names = "--port", required = true, paramLabel = "P",
            description = "Serial path (/dev/ttyACM0), 'usb' (first MediaTek device) or tcp://127.0.0.1:PORT.")
    String port;

    @Option(names = "--da", paramLabel = "DA.bin",
            description = "Download Agent file (default: $" + DA_ENV + ").")
    Path da;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Report the phone as silent after this many seconds without an answer (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    public String port() {
        return port;
    }

    public Duration timeout() {
        return Duration.ofSeconds(positiveTimeout(timeoutSeconds));
    }

    /** A --timeout value, refused with exit 2 unless it is at least one second (0 would mean "never wait"). */
    public static int positiveTimeout(int seconds) {
        if (seconds < 1) {
            throw new CliException(ExitCodes.USAGE, "--timeout " + seconds + ": must be at least 1 (seconds)");
        }
        return seconds;
    }

    /** The DA file: --da, else $SCATTERBENCH_DA; a clear usage error when neither names a file. */
    public Path daFile() {
        Path p = da;
        if (p == null) {
            String env = System.getenv(DA_ENV);
            if (env == null || env.isBlank()) {
                throw new CliException(ExitCodes.USAGE, "no Download Agent: pass --da DA.bin or set " + DA_ENV
                        + " (the DA comes with the phone's firmware, e.g. MTK_AllInOne_DA.bin)");
            }
            p = Paths.get(env);
        }
        return requireDaFile(p);
    }

    /** {@code p} if it is a regular file; otherwise exit 1 saying what it is instead. */
    public static Path requireDaFile(Path p) {
        if (Files.isDirectory(p)) {
            throw new CliException(ExitCodes.FAILURE, p + " is a folder, not a Download Agent file");
        }
        if (!Files.exists(p)) {
            throw new CliException(ExitCodes.FAILURE, p + ": no such Download Agent file");
        }
        if (!Files.isRegularFile(p)) {
            throw new CliException(ExitCodes.FAILURE, p + " is not a regular file (a device or a pipe), so it cannot be"
                    + " a Download Agent file");
        }
        return p;
    }

    public static DeviceOptions of(String port, Path da, int timeoutSeconds) {
        DeviceOptions o = new DeviceOptions();
        o.port = port;
        o.da = da;
        o.timeoutSeconds = timeoutSeconds;
        return o;
    }
}
