package org.scatterbench.flash.report;

import org.scatterbench.layout.plan.PlanStep;

/** A {@link StepObserver} that writes every step into a {@link RunRecorder}. Steps run one at a time. */
public final class RecordingObserver implements StepObserver {

    private final RunRecorder recorder;
    private RunRecorder.Step current;

    public RecordingObserver(RunRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void started(PlanStep step) {
        current = recorder.begin(step.action().jsonName(), step.partition(), step.range(), step.description());
    }

    @Override
    public void finished(PlanStep step, long bytes, String sha256Written, String sha256Read, boolean verified) {
        running(step).bytes(bytes).written(sha256Written).read(sha256Read).verified(verified).done();
        current = null;
    }

    @Override
    public void failed(PlanStep step, String message, boolean cancelled) {
        RunRecorder.Step s = running(step);
        current = null;
        if (cancelled) {
            s.cancelled(message);
        } else {
            s.failed(message);
        }
    }

    @Override
    public void skipped(PlanStep step) {
        recorder.notRun(step.action().jsonName(), step.partition(), step.range(), step.description());
    }

    private RunRecorder.Step running(PlanStep step) {
        if (current == null) {
            throw new IllegalStateException("step " + step.partition() + " ended without having started");
        }
        return current;
    }
}
