package org.scatterbench.flash.multi;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.op.DeviceRule;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunReport;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;

/**
 * One phone's job: open its port, bring the DA up, run the work, save the report. Every failure
 * stays inside this job and ends in its report; nothing is shared with the other phones' jobs
 * but the read-only inputs.
 */
final class DeviceRunJob extends Job {

    private static final String PLUGIN = "org.scatterbench.flash";

    private final String port;
    private final String operation;
    private final TransportOpener opener;
    private final SessionOptions options;
    private final ChipRegistry chips;
    private final DeviceWork work;
    private final ReportStore store;
    private final java.util.concurrent.CompletableFuture<DeviceResult> result = new java.util.concurrent.CompletableFuture<>();

    DeviceRunJob(String port, String operation, TransportOpener opener, SessionOptions options, ChipRegistry chips,
            DeviceWork work, ReportStore store) {
        super(operation + " " + port);
        this.port = port;
        this.operation = operation;
        this.opener = opener;
        this.options = options;
        this.chips = chips;
        this.work = work;
        this.store = store;
        setRule(new DeviceRule(port));
        setUser(true);
    }

    /** Completes when the job has run (or was cancelled before it ran). */
    java.util.concurrent.CompletableFuture<DeviceResult> result() {
        return result;
    }

    /** A job cancelled before it ran still leaves a (cancelled) report. */
    void completeIfNeverRan() {
        if (getState() == Job.NONE && !result.isDone()) {
            RunRecorder rec = new RunRecorder(operation, DeviceIdentity.unidentified(TransportDescription.of("?", port)));
            result.complete(new DeviceResult(port, rec.finish(RunStatus.CANCELLED, "cancelled before it started"),
                    Optional.empty()));
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            return runAndReport(monitor);
        } catch (RuntimeException | Error e) {
            RunRecorder rec = new RunRecorder(operation, DeviceIdentity.unidentified(TransportDescription.of("?", port)));
            result.complete(new DeviceResult(port, rec.finish(RunStatus.FAILED, "internal error: " + e), Optional.empty()));
            throw e;
        }
    }

    private IStatus runAndReport(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, getName(), 100);
        RunRecorder rec = new RunRecorder(operation, DeviceIdentity.unidentified(TransportDescription.of("?", port)));
        RunStatus status;
        String error = "";
        Transport t = null;
        try {
            t = opener.open(port);
            rec.device(DeviceIdentity.unidentified(t.describe()));
            DeviceSession s = DeviceSession.connect(t, options, chips, sub.split(10));
            rec.device(DeviceIdentity.of(s));
            status = work.run(s, rec, sub.split(90));
        } catch (OperationCanceledException e) {
            status = RunStatus.CANCELLED;
            error = "cancelled";
        } catch (RefusedException e) {
            status = RunStatus.REFUSED;
            error = e.getMessage();
        } catch (FlashException | IOException e) {
            status = RunStatus.FAILED;
            error = e.getMessage();
        } catch (Exception e) {
            status = RunStatus.FAILED;
            error = "internal error: " + e;
        } finally {
            if (t != null) {
                try {
                    t.close();
                } catch (IOException e) {
                    // the phone is gone already
                }
            }
        }
        RunReport report = rec.finish(status, error);
        Optional<Path> saved = Optional.empty();
        if (store != null) {
            try {
                saved = Optional.of(store.save(report));
            } catch (IOException e) {
                error = error + (error.isEmpty() ? "" : "; ") + "report not saved: " + e.getMessage();
            }
        }
        result.complete(new DeviceResult(port, report, saved));
        return switch (status) {
            case SUCCEEDED -> Status.OK_STATUS;
            case CANCELLED -> Status.CANCEL_STATUS;
            default -> new Status(IStatus.ERROR, PLUGIN, port + ": " + report.error());
        };
    }
}
