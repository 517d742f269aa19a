package org.scatterbench.cli.backup;

import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.flash.report.ReportStore;

import picocli.CommandLine.Option;

/** {@code --reports DIR}: where run reports go (default $SCATTERBENCH_REPORTS, else ~/.scatterbench/reports). */
public final class ReportsOption {

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Reports folder (default: $" + ReportStore.ENV + ", else ~/.scatterbench/reports).")
    Path folder;

    public ReportStore store() {
        return ReportStore.standard(Optional.ofNullable(folder));
    }

    /**
     * True when the user chose the folder (--reports or $SCATTERBENCH_REPORTS): then a missing
     * folder is their mistake, while a missing default folder only means nothing was run yet.
     */
    public boolean chosen() {
        String env = System.getenv(ReportStore.ENV);
        return folder != null || (env != null && !env.isBlank());
    }
}
