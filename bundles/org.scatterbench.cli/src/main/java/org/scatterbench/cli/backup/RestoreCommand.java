package org.scatterbench.cli.backup;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.scatterbench.cli.CliException;
import org.scatterbench.cli.flash.DeviceOptions;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.backup.BackupException;
import org.scatterbench.flash.backup.RestorePlan;
import org.scatterbench.flash.backup.RestoreService;
import org.scatterbench.flash.backup.RestoreSet;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.flash.report.VerdictRecord;
import org.scatterbench.model.Layout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code restore --port P --from DIR}: checks a backup folder, shows the plan and writes it back. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = { "Write a backup folder back to the phone after checking sizes and SHA-256 of every file.",
                "Asks before writing unless --yes.",
                "Exit codes: 0 done, 1 the phone or a file failed, 2 bad usage, 3 refused or declined (nothing written)." })
public final class RestoreCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Mixin
    ReportsOption reports;

    @Option(names = "--from", required = true, paramLabel = "DIR", description = "The backup folder.")
    Path from;

    @Option(names = "--no-verify", description = "Do not read every restored range back (faster, less sure).")
    boolean noVerify;

    @Option(names = "--yes", description = "Do not ask before writing.")
    boolean yes;

    @Option(names = "--allow-other-device",
            description = "Restore a backup taken from another phone (copies its IMEI and calibration).")
    boolean allowOtherDevice;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        RestoreSet set;
        try {
            set = RestoreSet.load(from);
        } catch (BackupException e) {
            throw new CliException(PhoneSession.FAILURE, e.getMessage() + "; nothing was written");
        }
        out.printf("Backup %s: %d files, sizes and SHA-256 checked%n", from, set.entries().size());
        try (PhoneSession p = PhoneSession.open("restore", device, reports.store(), new NullProgressMonitor())) {
            RestorePlan plan;
            try {
                Layout current = p.session().readLayout(new NullProgressMonitor());
                plan = RestorePlan.make(set, DeviceIdentity.of(p.session()), p.session().storage(),
                        Optional.of(current), allowOtherDevice);
            } catch (BackupException | FlashException e) {
                p.end(RunStatus.REFUSED, e.getMessage());
                throw new CliException(PhoneSession.REFUSED, e.getMessage());
            }
            out.println("Plan:");
            for (VerdictRecord v : plan.record().verdicts()) {
                out.printf("  %-20s %-8s %s%n", v.partition(), v.verdict(), v.reason());
            }
            out.flush();
            if (!yes && !Confirm.ask(out, "Overwrite these areas of the phone with the backup?")) {
                p.end(RunStatus.REFUSED, "not confirmed");
                throw new CliException(PhoneSession.REFUSED, "not confirmed; nothing was written");
            }
            try {
                RestoreService.restore(p.session().da(), plan, !noVerify, p.recorder(), new NullProgressMonitor());
            } catch (FlashException e) {
                p.end(RunStatus.FAILED, e.getMessage());
                throw new CliException(PhoneSession.FAILURE, e.getMessage());
            } catch (OperationCanceledException e) {
                p.end(RunStatus.CANCELLED, "cancelled");
                throw new CliException(PhoneSession.FAILURE, "cancelled");
            }
            p.end(RunStatus.SUCCEEDED, "");
            out.printf("Restored %d areas%s.%n%s%n", plan.steps().size(),
                    noVerify ? "" : ", each read back and verified", p.reportLine());
        }
    }
}
