package org.scatterbench.flash.multi;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;

/**
 * Notes when the flash engine starts each step: FlashOperation names every step as a sub-task
 * ({@code "write boot"}) right before running it, so the sub-task times are the step boundaries.
 * A stopgap until the engine calls a {@link org.scatterbench.flash.report.StepObserver} itself.
 */
final class StepClock extends ProgressMonitorWrapper {

    /** A sub-task and when it began. */
    record Mark(String name, Instant at) {
    }

    private final Clock clock;
    private final List<Mark> marks = new ArrayList<>();

    StepClock(IProgressMonitor monitor, Clock clock) {
        super(monitor);
        this.clock = clock;
    }

    @Override
    public void subTask(String name) {
        synchronized (marks) {
            marks.add(new Mark(name, clock.instant()));
        }
        super.subTask(name);
    }

    List<Mark> marks() {
        synchronized (marks) {
            return List.copyOf(marks);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
