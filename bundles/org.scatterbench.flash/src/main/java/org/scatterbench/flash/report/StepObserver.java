package org.scatterbench.flash.report;

import org.scatterbench.layout.plan.PlanStep;

/**
 * The hook a plan executor calls so that its run leaves a report: around every step, with the
 * evidence it has. The smallest thing the flash engine needs to call; {@link RecordingObserver}
 * turns the calls into {@link RunRecorder} steps.
 */
public interface StepObserver {

    /** The step is about to touch the phone. */
    void started(PlanStep step);

    /**
     * The step completed.
     *
     * @param bytes         bytes moved
     * @param sha256Written SHA-256 (hex) of what was sent, empty for reads and formats
     * @param sha256Read    SHA-256 (hex) of what was read (backups, read-back), empty if nothing
     * @param verified      true when a read-back matched {@code sha256Written}
     */
    void finished(PlanStep step, long bytes, String sha256Written, String sha256Read, boolean verified);

    /** The step failed or was cancelled; no later step will run. */
    void failed(PlanStep step, String message, boolean cancelled);

    /** A later step the run did not reach. */
    void skipped(PlanStep step);
}
