package org.scatterbench.cli.scatter;

import java.nio.file.Path;

import org.scatterbench.scatter.ScatterDocument;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scatter format FILE -o OUT}: parse and write back (byte-identical for an unchanged file). */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = { "Read a scatter file and write it back from the parsed document.",
                "Exit codes: 0 written, 1 FILE cannot be read or OUT cannot be written, 2 bad usage." })
public final class FormatCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE", description = "the scatter file")
    Path file;

    @Option(names = { "-o", "--output" }, paramLabel = "OUT", required = true, description = "where to write")
    Path output;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        ScatterDocument doc = Inputs.read(file);
        Inputs.writeAtomically(output, doc.toBytes());
        spec.commandLine().getOut().println("wrote " + output);
    }
}
