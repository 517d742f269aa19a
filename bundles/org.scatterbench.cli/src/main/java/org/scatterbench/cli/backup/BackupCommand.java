package org.scatterbench.cli.backup;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.cli.CliException;
import org.scatterbench.cli.flash.DeviceOptions;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.backup.BackupEntry;
import org.scatterbench.flash.backup.BackupException;
import org.scatterbench.flash.backup.BackupResult;
import org.scatterbench.flash.backup.BackupService;
import org.scatterbench.flash.report.RunReport;
import org.scatterbench.flash.report.RunStatus;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backup --port P [--da DA.bin] -o DIR}: the whole phone into a ROM folder Scatterbench can restore. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = { "Read boot1, boot2, the partition table and every partition into a ROM folder with a"
                + " scatter and SHA256SUMS.", "Exit codes: 0 done, 1 the phone or a file failed, 2 bad usage." })
public final class BackupCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Mixin
    ReportsOption reports;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "DIR",
            description = "New or empty folder for the backup.")
    Path output;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (PhoneSession p = PhoneSession.open("backup", device, reports.store(), new NullProgressMonitor())) {
            try {
                BackupResult r = new BackupService().backupAll(p.session(), output, p.recorder(),
                        new NullProgressMonitor());
                RunReport rep = p.end(RunStatus.SUCCEEDED, "");
                for (BackupEntry e : r.entries()) {
                    out.printf("%-20s %-12s 0x%010X +0x%010X  %s%n", e.name(), e.range().region(), e.range().start(),
                            e.range().length(), e.file());
                }
                out.printf("Backed up %d areas (%d bytes) into %s%n%s%n", r.entries().size(), rep.totalBytes(),
                        r.folder(), p.reportLine());
            } catch (FlashException | BackupException e) {
                p.end(RunStatus.FAILED, e.getMessage());
                throw new CliException(PhoneSession.FAILURE, e.getMessage());
            }
        }
    }
}
