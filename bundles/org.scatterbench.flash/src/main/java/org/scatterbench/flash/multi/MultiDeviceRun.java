package org.scatterbench.flash.multi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.report.ReportStore;

/**
 * Runs the same work on several phones in parallel, one {@link Job} per phone. The jobs are
 * scheduled together, so the job manager runs them at once (their rules do not conflict), and
 * each reports for itself. {@link #run} waits for all of them.
 */
public final class MultiDeviceRun {

    private final TransportOpener opener;
    private final SessionOptions options;
    private final ChipRegistry chips;
    private final ReportStore store;

    /** @param store where each phone's report is saved; null to keep reports in memory only */
    public MultiDeviceRun(TransportOpener opener, SessionOptions options, ChipRegistry chips, ReportStore store) {
        this.opener = opener;
        this.options = options;
        this.chips = chips;
        this.store = store;
    }

    /**
     * @param ports     the phones, each once
     * @param operation the report's operation name ({@code flash}, ...)
     * @param monitor   cancelling it cancels every phone's job between commands
     * @return one result per port, in the order given
     */
    public List<DeviceResult> run(List<String> ports, String operation, DeviceWork work, IProgressMonitor monitor)
            throws InterruptedException {
        return run(ports, operation, work, monitor, r -> { });
    }

    /**
     * As {@link #run(List, String, DeviceWork, IProgressMonitor)}, telling {@code ended} about each
     * phone as soon as it ends (on that phone's job thread, so several may call at once): on a
     * service line the first phones are unplugged while the slowest still runs.
     */
    public List<DeviceResult> run(List<String> ports, String operation, DeviceWork work, IProgressMonitor monitor,
            Consumer<DeviceResult> ended) throws InterruptedException {
        if (new LinkedHashSet<>(ports).size() != ports.size()) {
            throw new IllegalArgumentException("a port is named twice: " + ports);
        }
        List<DeviceRunJob> jobs = new ArrayList<>();
        for (String p : ports) {
            jobs.add(new DeviceRunJob(p, operation, opener, options, chips, work, store));
        }
        jobs.forEach(j -> j.result().thenAccept(ended));
        jobs.forEach(Job::schedule);
        List<DeviceResult> results = new ArrayList<>();
        try {
            for (DeviceRunJob j : jobs) {
                DeviceResult r = null;
                while (r == null) {
                    try {
                        r = j.result().get(200, TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        if (monitor.isCanceled()) {
                            jobs.forEach(Job::cancel);
                            j.completeIfNeverRan();
                        }
                    }
                }
                results.add(r);
            }
        } catch (InterruptedException e) {
            jobs.forEach(Job::cancel);
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a device job failed without a report", e.getCause());
        }
        return results;
    }
}
