package org.scatterbench.flash.op;

import java.util.List;

/**
 * How a flash ended, in words for the user and the run's log.
 *
 * @param outcome   done, refused (nothing written), cancelled or failed
 * @param message   one paragraph: why it was refused or failed, empty when done
 * @param completed the steps that finished, e.g. "write boot", in order
 * @param remaining the steps that did not run
 * @param log       every line the operation reported, including speeds
 */
public record FlashReport(Outcome outcome, String message, List<String> completed, List<String> remaining,
        List<String> log) {

    /** How the operation ended. */
    public enum Outcome {
        DONE, REFUSED, CANCELLED, FAILED
    }

    public FlashReport {
        message = message == null ? "" : message;
        completed = List.copyOf(completed);
        remaining = List.copyOf(remaining);
        log = List.copyOf(log);
    }

    public boolean ok() {
        return outcome == Outcome.DONE;
    }

    /** The user-facing summary: the message, then what completed and what did not. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(switch (outcome) {
            case DONE -> "Flash complete.";
            case REFUSED -> "Refused, nothing was written: " + message;
            case CANCELLED -> "Cancelled between two commands; the phone is in a known state.";
            case FAILED -> "Flash failed: " + message;
        });
        if (outcome != Outcome.REFUSED) {
            sb.append("\nCompleted: ").append(completed.isEmpty() ? "nothing" : String.join(", ", completed));
            if (!remaining.isEmpty()) {
                sb.append("\nNot done: ").append(String.join(", ", remaining));
            }
        }
        return sb.toString();
    }
}
