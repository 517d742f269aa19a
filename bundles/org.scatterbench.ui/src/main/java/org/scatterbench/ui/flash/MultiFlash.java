package org.scatterbench.ui.flash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.eclipse.ui.IWorkbenchPartSite;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.flash.report.ReportStore;

/**
 * Flashes several phones at once, as a multi-port download tool does: one {@link DeviceJob} per
 * phone, all scheduled together so the job manager runs them in parallel (their port rules do not
 * conflict). Each phone has its own transport, report and backup folder; a phone that fails or
 * throws ends only its own job.
 */
public final class MultiFlash {

    private final FlashJobs jobs;

    public MultiFlash(FlashJobs jobs) {
        this.jobs = jobs;
    }

    /**
     * Starts one flash per settings (each names its port; a port at most once). {@code summary}
     * gets "3 phones: 2 done, 1 failed" on a job thread when the last one ended.
     *
     * @return the scheduled jobs, in the order given
     */
    public List<DeviceJob> start(List<FlashRun.Settings> partials, FlashObserver observer, Consumer<String> summary,
            IWorkbenchPartSite site) {
        List<String> ports = partials.stream().map(FlashRun.Settings::port).toList();
        if (new LinkedHashSet<>(ports).size() != ports.size()) {
            throw new IllegalArgumentException("a port is named twice: " + ports);
        }
        Path backups = FlashJobs.backupRoot();
        // one store for all: its save is synchronized, so reports of phones ending together never collide
        ReportStore reports = ReportStore.standard(Optional.empty());
        FlashTally tally = new FlashTally(partials.size());
        List<DeviceJob> started = new ArrayList<>();
        List<FlashRun.Settings> complete = new ArrayList<>();
        for (FlashRun.Settings partial : partials) {
            FlashRun.Settings settings = jobs.complete(partial,
                    backups.resolve(FlashJobs.folderName(partial.port())), reports);
            String port = settings.port();
            started.add(jobs.create(settings, m -> observer.monitor(port, m), report -> {
                observer.finished(port, report, settings.verify());
                if (tally.add(report.outcome())) {
                    summary.accept(tally.summary());
                }
            }));
            complete.add(settings);
        }
        for (int i = 0; i < started.size(); i++) {
            observer.started(complete.get(i).port());
            jobs.schedule(started.get(i), complete.get(i), site);
        }
        return started;
    }
}
