package org.scatterbench.cli.scatter;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.scatterbench.cli.CliException;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Severity;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scatter validate FILE [--rom DIR]}: every problem, with file, line and a stable code. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = { "Check a scatter file; with --rom also the images it names.",
                "Exit codes: 0 no errors (warnings allowed), 1 errors or the file cannot be read, 2 bad usage." })
public final class ValidateCommand implements java.util.concurrent.Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "the scatter file")
    Path file;

    @Option(names = "--rom", paramLabel = "DIR", description = "the ROM folder with the images to check")
    Path rom;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (rom != null && !Files.isDirectory(rom)) {
            throw new CliException(ScatterCommand.EXIT_UNREADABLE, rom + ": not a folder (--rom needs the ROM folder)");
        }
        ScatterDocument doc = Inputs.read(file);
        List<Diagnostic> diagnostics = new ScatterValidator(rom).validate(doc);
        PrintWriter out = spec.commandLine().getOut();
        for (Diagnostic d : diagnostics) {
            out.println(d);
        }
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        out.println(doc.sourceName() + ": " + errors + " error" + (errors == 1 ? "" : "s") + ", " + warnings
                + " warning" + (warnings == 1 ? "" : "s"));
        out.flush();
        return errors > 0 ? ScatterCommand.EXIT_ERRORS : 0;
    }
}
