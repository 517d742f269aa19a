package org.scatterbench.flash.report;

/** How a run ended. */
public enum RunStatus {
    /** Every step ran and succeeded. */
    SUCCEEDED,
    /** A step failed; later steps did not run. */
    FAILED,
    /** The user cancelled between steps or chunks. */
    CANCELLED,
    /** The plan was refused before anything was written. */
    REFUSED,
    /** The run has not ended yet (a report is only saved once it has). */
    RUNNING
}
