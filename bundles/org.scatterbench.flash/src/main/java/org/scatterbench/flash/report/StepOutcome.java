package org.scatterbench.flash.report;

/** What became of one step. */
public enum StepOutcome {
    DONE, FAILED, CANCELLED, NOT_RUN
}
