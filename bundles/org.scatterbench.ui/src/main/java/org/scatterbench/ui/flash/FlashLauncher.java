package org.scatterbench.ui.flash;

import java.util.Optional;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IWorkbenchPartSite;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.ui.log.ProtocolLog;

/**
 * Starts the Download view's flash as a user Job (through {@link FlashJobs}, as the Device view's
 * multi-phone flash does), so it shows in the Progress view and the status line and can be
 * cancelled there; shows the final report dialog.
 */
public final class FlashLauncher {

    private final FlashJobs jobs;
    private DeviceJob running;
    private volatile boolean active;
    private FlashReportDialog lastDialog;

    public FlashLauncher(ProtocolLog log) {
        this.jobs = new FlashJobs(log);
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
        FlashRun.Settings settings = jobs.complete(partial, FlashJobs.backupRoot(),
                ReportStore.standard(Optional.empty()));
        DeviceJob job = jobs.create(settings, m -> m, report -> {
            active = false;
            site.getShell().getDisplay().asyncExec(() -> {
                if (!site.getShell().isDisposed()) {
                    lastDialog = new FlashReportDialog(site.getShell(), report);
                    lastDialog.open();
                }
                onDone.run();
            });
        });
        running = job;
        active = true;
        jobs.schedule(job, settings, site);
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
