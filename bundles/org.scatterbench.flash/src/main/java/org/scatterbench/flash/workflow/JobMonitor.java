package org.scatterbench.flash.workflow;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/** The job's monitor (for cancellation and accounting), echoing task names to the caller's monitor. */
final class JobMonitor extends ProgressMonitorWrapper {

    private final IProgressMonitor caller;

    JobMonitor(IProgressMonitor job, IProgressMonitor caller) {
        super(job);
        this.caller = caller;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        caller.beginTask(name, totalWork);
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        caller.subTask(name);
    }
}
