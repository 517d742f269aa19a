package org.scatterbench.flash.op;

import org.scatterbench.flash.FlashException;

/** A step that failed part-way: where it got to, for the report. */
final class StepFailure extends Exception {

    private static final long serialVersionUID = 1L;

    StepFailure(String step, long offsetReached, FlashException cause) {
        super(String.format("%s stopped at device offset 0x%X: %s", step, offsetReached, cause.getMessage()), cause);
    }
}
