package org.scatterbench.ui.device;

import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * Passes a job's progress through unchanged and tells a sink the whole percent and whether the
 * flash is verifying, only when either changed: the engine calls worked() per block, far too
 * often to repaint for.
 */
final class PercentMonitor extends ProgressMonitorWrapper {

    /** Receives a change of percent or phase. */
    interface Sink {
        void at(boolean verifying, int percent);
    }

    private final Sink sink;
    private double total;
    private double done;
    private boolean verifying;
    private int shownPercent = -1;
    private boolean shownVerifying;

    PercentMonitor(IProgressMonitor monitor, Sink sink) {
        super(monitor);
        this.sink = sink;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        super.beginTask(name, totalWork);
        // SubMonitor.convert begins the root task once; later calls come from nested helpers
        if (total <= 0 && totalWork > 0) {
            total = totalWork;
        }
    }

    @Override
    public void worked(int work) {
        super.worked(work);
        add(work);
    }

    @Override
    public void internalWorked(double work) {
        super.internalWorked(work);
        add(work);
    }

    @Override
    public void subTask(String name) {
        super.subTask(name);
        // the engine names verify steps "verify <partition>", its read-back "Verifying <partition>"
        verifying = name != null && name.toLowerCase(Locale.ROOT).startsWith("verif");
        publish();
    }

    private void add(double work) {
        if (work > 0) {
            done += work;
            publish();
        }
    }

    private void publish() {
        int percent = total <= 0 ? 0 : (int) Math.min(100, Math.floor(done * 100 / total));
        if (percent != shownPercent || verifying != shownVerifying) {
            shownPercent = percent;
            shownVerifying = verifying;
            sink.at(verifying, percent);
        }
    }
}
