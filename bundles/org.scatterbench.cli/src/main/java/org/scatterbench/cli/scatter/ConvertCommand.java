package org.scatterbench.cli.scatter;

import java.nio.file.Path;
import java.util.Locale;

import org.scatterbench.cli.CliException;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterConversionException;
import org.scatterbench.scatter.ScatterConverter;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scatter convert FILE --to v1|v2|xml -o OUT}. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = { "Convert a scatter file between V1.x, V2.x and XML.",
                "Exit codes: 0 written, 1 FILE cannot be read, the target cannot express it (the message says what) or"
                        + " OUT cannot be written, 2 bad usage." })
public final class ConvertCommand implements Runnable {

    /** The target generations, as typed on the command line. */
    enum Target { v1, v2, xml }

    @Parameters(index = "0", paramLabel = "FILE", description = "the scatter file")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "v1|v2|xml", description = "target format: ${COMPLETION-CANDIDATES}")
    Target to;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "OUT", description = "where to write")
    Path output;

    @Option(names = "--storage", paramLabel = "EMMC|UFS",
            description = "convert only this storage section (needed for V2 files with several sections --to v1)")
    String storage;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        Storage only = null;
        if (storage != null) {
            only = Storage.parse(storage);
            if (only == Storage.UNKNOWN) {
                throw new CliException(ScatterCommand.EXIT_USAGE, "--storage: unknown storage '" + storage + "'");
            }
        }
        ScatterDocument doc = Inputs.read(file);
        ScatterFormat target = ScatterFormat.valueOf(to.name().toUpperCase(Locale.ROOT));
        ScatterDocument converted;
        try {
            converted = ScatterConverter.convert(doc, target, only);
        } catch (ScatterConversionException e) {
            throw new CliException(ScatterCommand.EXIT_ERRORS, "cannot convert to " + to + ": " + e.getMessage());
        }
        Inputs.writeAtomically(output, converted.toBytes());
        spec.commandLine().getOut().println("wrote " + output + " (" + target + ")");
    }
}
