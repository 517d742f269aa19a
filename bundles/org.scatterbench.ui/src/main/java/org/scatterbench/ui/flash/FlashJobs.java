package org.scatterbench.ui.flash;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.scatterbench.flash.backup.BackupService;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.flash.op.DeviceRule;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.ui.log.ProtocolLog;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/**
 * The one way the workbench turns a Download-view choice into a running flash, for one phone or
 * many: the preferences fill in timeout and verify, the flash becomes an engine {@link DeviceJob}
 * (one scheduling rule per port, so phones run in parallel and a phone never twice at once), its
 * report goes to the protocol log and the finished job stays listed in the Progress view.
 */
public final class FlashJobs {

    private final ProtocolLog log;

    public FlashJobs(ProtocolLog log) {
        this.log = log;
    }

    /** A fresh time-stamped folder under the preferred backup folder, for the flashes started now. */
    public static Path backupRoot() {
        return new WorkbenchPreferences().backupFolder()
                .orElse(BackupService.defaultBase())
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    /** A folder name for a port spec: phones flashed together must never share a backup folder. */
    public static String folderName(String port) {
        return port.replaceAll("[^A-Za-z0-9.-]+", "-");
    }

    /**
     * The view's choices completed from the preferences (timeout, verify, calibration backup); every
     * run leaves a report in {@code reports}.
     */
    public FlashRun.Settings complete(FlashRun.Settings partial, Path backupDir, ReportStore reports) {
        WorkbenchPreferences prefs = new WorkbenchPreferences();
        // the calibration backup goes to the backup folder too, in a dated folder per phone
        Optional<Path> calibration = prefs.calibrationBackup()
                ? Optional.of(prefs.backupFolder().orElse(BackupService.defaultBase())) : Optional.empty();
        return new FlashRun.Settings(partial.daFile(), partial.port(), partial.selection(), partial.currentFromFile(),
                Duration.ofMillis(Math.max(prefs.readTimeoutMillis(), 1000)), backupDir, prefs.verifyAfterWrite(),
                Optional.of(reports), calibration);
    }

    /**
     * A flash job, not yet scheduled. {@code monitors} may wrap the job's progress monitor (to
     * watch progress); {@code onDone} gets the report on the job's thread once it ended, whatever
     * happened inside: an unexpected exception becomes a failed report, never a silent job.
     */
    public DeviceJob create(FlashRun.Settings settings, UnaryOperator<IProgressMonitor> monitors,
            Consumer<FlashReport> onDone) {
        FlashRun run = new FlashRun(settings);
        DeviceJob job;
        if (busy(settings.port())) {
            // a second Start on a phone that is being flashed must not queue behind the first and run
            // after it: refused at once, on a rule of its own so that it does not wait either
            String why = settings.port() + " is already being flashed or read; nothing was written";
            job = new DeviceJob("Not flashing " + settings.port(), settings.port() + " (busy)",
                    m -> ended(FlashReport.Outcome.REFUSED, why));
        } else {
            job = new DeviceJob("Flashing " + settings.selection().next().partitions().size()
                    + "-partition ROM on " + settings.port(), settings.port(), m -> guarded(run, monitors.apply(m)));
        }
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                FlashReport report = job.report() != null ? job.report()
                        : ended(FlashReport.Outcome.CANCELLED, "cancelled before it started");
                report.log().forEach(line -> log.append("INFO", "flash", line));
                log.append(report.ok() ? "INFO" : "SEVERE", "flash", settings.port() + ": " + report.summary());
                onDone.accept(report);
            }
        });
        // keep the finished flash listed in the Progress view with its result, as users expect of a long job
        job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
        return job;
    }

    /** Schedules through the part's progress service (busy cursor on the part), logging the start. */
    public void schedule(DeviceJob job, FlashRun.Settings settings, IWorkbenchPartSite site) {
        log.append("INFO", "flash", "Flash started on " + settings.port() + " ("
                + settings.selection().mode().cliName() + ")");
        IWorkbenchSiteProgressService progress = site.getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
    }

    /** Whether a job on this phone (any of its names) has not ended yet, in any view. */
    static boolean busy(String port) {
        DeviceRule phone = new DeviceRule(port);
        for (Job j : Job.getJobManager().find(null)) {
            if (j.getState() != Job.NONE && j.getRule() != null && phone.isConflicting(j.getRule())) {
                return true;
            }
        }
        return false;
    }

    private static FlashReport guarded(FlashRun run, IProgressMonitor monitor) {
        try {
            return run.run(monitor);
        } catch (OperationCanceledException e) {
            return ended(FlashReport.Outcome.CANCELLED, "cancelled by the user");
        } catch (RuntimeException | LinkageError | OutOfMemoryError e) {
            // a driver plug-in missing a class, or no memory left: the flash failed, it was not "never started"
            return ended(FlashReport.Outcome.FAILED, "internal error: " + e
                    + "; the phone may be partly written, see the protocol log");
        }
    }

    private static FlashReport ended(FlashReport.Outcome outcome, String why) {
        return new FlashReport(outcome, why, List.of(), List.of(), List.of(why));
    }
}
