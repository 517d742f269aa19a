package org.scatterbench.ui.device;

import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.scatterbench.flash.op.DeviceRule;
import org.scatterbench.model.Layout;

/**
 * A cancellable user Job that reads a phone's partition table. It holds the port's
 * {@link DeviceRule}, so it never talks to a phone a flash is using; Cancel closes the port, so a
 * silent phone does not keep it waiting. The outcome goes to a consumer exactly once, when the job
 * is done, also when it was cancelled before it ran; a failure is an outcome with words, not an
 * error status (which would pop up a dialog).
 */
public final class PhoneTableJob extends Job {

    /** How a read ended. */
    public sealed interface Outcome permits Read, Failed, Cancelled {
    }

    public record Read(Layout layout) implements Outcome {
    }

    public record Failed(String message) implements Outcome {
    }

    public record Cancelled() implements Outcome {
    }

    private final PhoneTableReader reader;
    private volatile Outcome outcome;

    public PhoneTableJob(PhoneTableReader.Request request, Consumer<Outcome> onDone) {
        super(nameFor(request.port()));
        this.reader = new PhoneTableReader(request);
        Objects.requireNonNull(onDone, "onDone");
        setRule(new DeviceRule(request.port()));
        setUser(true);
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                Outcome o = outcome;
                onDone.accept(o == null ? new Cancelled() : o);
            }
        });
    }

    public static String nameFor(String port) {
        return "Reading the partition table of " + port;
    }

    public PhoneTableReader.Request request() {
        return reader.request();
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        Outcome o;
        try {
            o = new Read(reader.read(monitor));
        } catch (OperationCanceledException e) {
            o = new Cancelled();
        } catch (PhoneTableReader.ReadFailure e) {
            o = monitor.isCanceled() ? new Cancelled() : new Failed(e.getMessage());
        } catch (RuntimeException e) {
            o = new Failed("internal error: " + e);
        }
        outcome = o;
        return o instanceof Cancelled ? Status.CANCEL_STATUS : Status.OK_STATUS;
    }

    @Override
    protected void canceling() {
        reader.abort();
    }
}
