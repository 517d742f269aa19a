package org.scatterbench.cli.reports;

import java.io.IOException;
import java.io.PrintWriter;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.backup.ReportsOption;
import org.scatterbench.flash.report.ReportJson;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.ReportText;
import org.scatterbench.flash.report.RunReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reports show ID|latest [--json]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = { "Show one run report as text or JSON.",
                "Exit codes: 0 shown, 1 no such report or the folder cannot be read." })
public final class ShowCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportsOption reports;

    @Parameters(index = "0", paramLabel = "ID", description = "A report id (or a unique prefix), or 'latest'.")
    String id;

    @Option(names = "--json", description = "Print the report's JSON.")
    boolean json;

    @Override
    public void run() {
        ReportStore store = reports.store();
        RunReport r;
        try {
            r = store.find(id).orElseThrow(() -> new CliException(1, "no report '" + id + "' in " + store.folder()
                    + " (see 'scatterbench reports list')"));
        } catch (IOException e) {
            throw new CliException(1, "cannot read the reports folder " + store.folder() + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(json ? ReportJson.write(r) + "\n" : ReportText.render(r));
        out.flush();
    }
}
