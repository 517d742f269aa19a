package org.scatterbench.flash.engine;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Turns "bytes done so far" callbacks into monitor work. Work is counted in KiB so that
 * multi-gigabyte partitions fit the monitor's int ticks.
 */
public final class ProgressTicker {

    private final IProgressMonitor monitor;
    private final int unit;
    private long reported;

    public ProgressTicker(IProgressMonitor monitor) {
        this(monitor, 1);
    }

    public ProgressTicker(IProgressMonitor monitor, int unit) {
        this.monitor = monitor;
        this.unit = unit;
    }

    public void done(long bytesSoFar) {
        long ticks = bytesSoFar / unit;
        if (ticks > reported) {
            monitor.worked((int) Math.min(Integer.MAX_VALUE, ticks - reported));
            reported = ticks;
        }
    }
}
