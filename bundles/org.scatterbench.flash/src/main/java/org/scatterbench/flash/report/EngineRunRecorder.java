package org.scatterbench.flash.report;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.scatterbench.flash.op.FlashOperation;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.image.ImageSource;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.layout.table.TableWrite;

/**
 * Turns a run of the engine's {@link FlashOperation} into report steps, without changing the
 * engine: the operation names each step as a sub-task right before running it, so the monitor
 * returned by {@link #wrap} notes when each step began; {@link #record} then adds one step per
 * plan step with its times, outcome, bytes and the SHA-256 of the image written. A step counts as
 * verified when the plan's VERIFY step for the same partition completed (the engine compares the
 * read-back with the image).
 *
 * <pre>
 * EngineRunRecorder er = new EngineRunRecorder(recorder, new ImageHashes(), Clock.systemUTC());
 * FlashReport r = new FlashOperation(session, request).run(er.wrap(monitor));
 * er.record(request.plan(), r);
 * </pre>
 */
public final class EngineRunRecorder {

    /** A sub-task and when it began. */
    private record Mark(String name, Instant at) {
    }

    private final RunRecorder recorder;
    private final ImageHashes hashes;
    private final Clock clock;
    private final List<Mark> marks = new ArrayList<>();

    public EngineRunRecorder(RunRecorder recorder, ImageHashes hashes, Clock clock) {
        this.recorder = recorder;
        this.hashes = hashes;
        this.clock = clock;
    }

    /** The monitor to pass to {@link FlashOperation#run}. */
    public IProgressMonitor wrap(IProgressMonitor monitor) {
        return new ProgressMonitorWrapper(monitor) {
            @Override
            public void subTask(String name) {
                synchronized (marks) {
                    marks.add(new Mark(name, clock.instant()));
                }
                super.subTask(name);
            }
        };
    }

    /** Adds the plan and one report step per plan step, as the engine's report says they ended. */
    public void record(FlashPlan plan, FlashReport r) throws IOException {
        List<Mark> m;
        synchronized (marks) {
            m = List.copyOf(marks);
        }
        Instant end = clock.instant();
        recorder.plan(PlanRecord.of(plan));
        int done = r.completed().size();
        Set<String> verifiedOk = new HashSet<>();
        for (int i = 0; i < done && i < plan.steps().size(); i++) {
            if (plan.steps().get(i).action() == StepAction.VERIFY) {
                verifiedOk.add(plan.steps().get(i).partition());
            }
        }
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep s = plan.steps().get(i);
            StepOutcome outcome = i < done ? StepOutcome.DONE
                    : i == done && r.outcome() == FlashReport.Outcome.FAILED ? StepOutcome.FAILED
                    : i == done && r.outcome() == FlashReport.Outcome.CANCELLED ? StepOutcome.CANCELLED
                    : StepOutcome.NOT_RUN;
            Instant start = i < m.size() && outcome != StepOutcome.NOT_RUN ? m.get(i).at() : null;
            Instant stop = start == null ? null : i + 1 < m.size() ? m.get(i + 1).at() : end;
            long bytes = outcome == StepOutcome.DONE ? bytes(s) : 0;
            String written = outcome == StepOutcome.DONE && s.action() == StepAction.WRITE && s.image().isPresent()
                    ? hashes.of(s.image().get()) : "";
            double rate = start == null ? 0 : StepRecord.rate(bytes, Duration.between(start, stop));
            String msg = outcome == StepOutcome.FAILED || outcome == StepOutcome.CANCELLED ? r.message() : "";
            recorder.record(new StepRecord(0, s.action().jsonName(), s.partition(), s.range().region().name(),
                    s.range().start(), s.range().length(), s.description(), outcome, bytes, start, stop, rate, written,
                    "", !written.isEmpty() && verifiedOk.contains(s.partition()), msg));
        }
        r.log().forEach(recorder::note);
    }

    private static long bytes(PlanStep s) throws IOException {
        switch (s.action()) {
            case WRITE:
                return s.image().isPresent() ? ImageSource.open(s.image().get()).expandedSize() : 0;
            case WRITE_TABLE:
                long n = 0;
                for (TableWrite w : s.tableWrites()) {
                    n += w.range().length();
                }
                return n;
            default:
                return s.range().length();
        }
    }
}
