package org.scatterbench.ui.flash;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.IWorkbenchPartSite;
import org.eclipse.ui.progress.IProgressConstants;
import org.eclipse.ui.progress.IWorkbenchSiteProgressService;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.ui.log.ProtocolLog;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/**
 * Starts the Download view's flash as a user Job (the engine's DeviceJob, one scheduling rule per
 * port), so it shows in the Progress view and the status line and can be cancelled there; logs the
 * report and shows the final report dialog.
 */
public final class FlashLauncher {

    private final ProtocolLog log;
    private DeviceJob running;
    private volatile boolean active;
    private FlashReportDialog lastDialog;

    public FlashLauncher(ProtocolLog log) {
        this.log = log;
    }

    /** True from Start until the job's done notification (the job's own state lags behind it). */
    public boolean isRunning() {
        return active;
    }

    /**
     * Starts the flash; {@code partial} carries the view's choices; the timeout, backup folder and
     * verify-after-write come from the preferences. Every run leaves a report, as on the command line.
     */
    public Job start(FlashRun.Settings partial, IWorkbenchPartSite site, Runnable onDone) {
        WorkbenchPreferences prefs = new WorkbenchPreferences();
        Path backups = prefs.backupFolder().orElse(Path.of(System.getProperty("user.home"), "scatterbench-backups"))
                .resolve(LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        FlashRun.Settings settings = new FlashRun.Settings(partial.daFile(), partial.port(), partial.selection(),
                partial.currentFromFile(), Duration.ofMillis(Math.max(prefs.readTimeoutMillis(), 1000)), backups,
                prefs.verifyAfterWrite(), Optional.of(ReportStore.standard(Optional.empty())));
        FlashRun run = new FlashRun(settings);
        DeviceJob job = new DeviceJob("Flashing " + partial.selection().next().partitions().size()
                + "-partition ROM on " + partial.port(), partial.port(), run::run);
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                active = false;
                FlashReport report = job.report();
                if (report != null) {
                    report.log().forEach(line -> log.append("INFO", "flash", line));
                    log.append(report.ok() ? "INFO" : "SEVERE", "flash", report.summary());
                }
                site.getShell().getDisplay().asyncExec(() -> {
                    if (report != null && !site.getShell().isDisposed()) {
                        lastDialog = new FlashReportDialog(site.getShell(), report);
                        lastDialog.open();
                    }
                    onDone.run();
                });
            }
        });
        // keep the finished flash listed in the Progress view with its result, as users expect of a long job
        job.setProperty(IProgressConstants.KEEP_PROPERTY, Boolean.TRUE);
        running = job;
        active = true;
        log.append("INFO", "flash", "Flash started on " + partial.port() + " (" + partial.selection().mode().cliName() + ")");
        IWorkbenchSiteProgressService progress = site.getService(IWorkbenchSiteProgressService.class);
        if (progress != null) {
            progress.schedule(job);
        } else {
            job.schedule();
        }
        return job;
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The report dialog of the last finished flash, or null. */
    public FlashReportDialog lastDialog() {
        return lastDialog;
    }

    public DeviceJob job() {
        return running;
    }
}
