package org.scatterbench.cli.flash;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/** The job's monitor (for cancellation and accounting), echoing task names to the console. */
final class ForwardingMonitor extends ProgressMonitorWrapper {

    private final IProgressMonitor console;

    ForwardingMonitor(IProgressMonitor job, IProgressMonitor console) {
        super(job);
        this.console = console;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        console.beginTask(name, totalWork);
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        console.subTask(name);
    }
}
