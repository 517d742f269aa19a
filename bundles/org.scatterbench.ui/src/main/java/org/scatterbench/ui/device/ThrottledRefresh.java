package org.scatterbench.ui.device;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.widgets.Control;

/**
 * Repaints a control's data at most once per interval however often {@link #request()} is called,
 * from any thread: a request while one is pending is absorbed by it, so ten phones reporting
 * progress cost at most ten repaints a second, not one per block written.
 */
final class ThrottledRefresh {

    private final Control control;
    private final Runnable refresh;
    private final long intervalMillis;
    private final AtomicBoolean pending = new AtomicBoolean();
    /** Touched on the UI thread only. */
    private long lastRun;

    ThrottledRefresh(Control control, long intervalMillis, Runnable refresh) {
        this.control = control;
        this.intervalMillis = intervalMillis;
        this.refresh = refresh;
    }

    void request() {
        if (control.isDisposed() || !pending.compareAndSet(false, true)) {
            return;
        }
        control.getDisplay().asyncExec(() -> {
            if (control.isDisposed()) {
                return;
            }
            long wait = Math.max(0, lastRun + intervalMillis - System.currentTimeMillis());
            control.getDisplay().timerExec((int) wait, this::run);
        });
    }

    private void run() {
        if (control.isDisposed()) {
            return;
        }
        // cleared before refreshing: a change during the refresh asks for the next one
        pending.set(false);
        lastRun = System.currentTimeMillis();
        refresh.run();
    }
}
