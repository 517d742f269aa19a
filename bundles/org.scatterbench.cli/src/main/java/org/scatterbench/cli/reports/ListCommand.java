package org.scatterbench.cli.reports;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.backup.ReportsOption;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reports list}: one line per run, oldest first. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = { "One line per run report: id, operation, status, device, steps.",
                "Exit codes: 0 listed (possibly none), 1 the folder is missing, a file or cannot be read.",
                "A damaged report file is skipped with a warning naming it." })
public final class ListCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportsOption reports;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        ReportStore store = reports.store();
        List<String> problems = new ArrayList<>();
        requireFolder(store.folder(), reports.chosen());
        List<RunReport> all;
        try {
            all = store.list(problems);
        } catch (IOException e) {
            throw new CliException(1, "cannot read the reports folder " + store.folder() + ": " + e.getMessage());
        }
        if (all.isEmpty()) {
            out.println((problems.isEmpty() ? "No reports in " : "No readable reports in ") + store.folder());
        }
        for (RunReport r : all) {
            String who = r.device().chip().isEmpty() ? r.device().port() : r.device().port() + " " + r.device().chip();
            out.println(String.format(Locale.ROOT, "%-44s %-8s %-10s %-40s %d steps", r.id(), r.operation(),
                    r.status(), who, r.steps().size()));
        }
        out.flush();
        for (String p : problems) {
            spec.commandLine().getErr().println("scatterbench: skipped " + damagedFile(p)
                    + ": damaged or not a run report");
        }
    }

    private static void requireFolder(Path folder, boolean chosen) {
        if (Files.isDirectory(folder)) {
            return;
        }
        if (Files.exists(folder)) {
            throw new CliException(1, folder + " is a file, not a reports folder");
        }
        if (chosen) {
            throw new CliException(1, "no such reports folder: " + folder);
        }
    }

    /**
     * The file a problem line of {@link ReportStore#list} is about: it starts with the file's path;
     * the parser's own words after it (exception names, JSON paths) mean nothing to a user.
     */
    private static String damagedFile(String problem) {
        int end = problem.indexOf(".json: ");
        return end < 0 ? problem : problem.substring(0, end + ".json".length());
    }
}
