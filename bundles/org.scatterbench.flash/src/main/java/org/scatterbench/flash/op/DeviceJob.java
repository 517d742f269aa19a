package org.scatterbench.flash.op;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The thin Job wrapper around a device operation: the scheduling rule serialises work per phone,
 * the operation itself stays plain Java and testable without a job manager.
 */
public final class DeviceJob extends Job {

    /** A device operation; its result text becomes the job's status message. */
    @FunctionalInterface
    public interface Work {
        FlashReport run(IProgressMonitor monitor);
    }

    private static final String PLUGIN = "org.scatterbench.flash";
    private final Work work;
    private volatile FlashReport report;

    public DeviceJob(String name, String port, Work work) {
        super(name);
        this.work = work;
        setRule(new DeviceRule(port));
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        report = work.run(monitor);
        return switch (report.outcome()) {
            case DONE -> Status.OK_STATUS;
            case CANCELLED -> Status.CANCEL_STATUS;
            default -> new Status(IStatus.ERROR, PLUGIN, report.summary());
        };
    }

    /** The report of the last run, or null before it ran. */
    public FlashReport report() {
        return report;
    }
}
