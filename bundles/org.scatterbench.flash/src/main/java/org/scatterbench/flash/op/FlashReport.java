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

    /** The message of a run the user stopped, before what the stop did (restores) is appended. */
    public static final String CANCELLED_BY_USER = "cancelled by the user";

    public boolean ok() {
        return outcome == Outcome.DONE;
    }

    /** The user-facing summary: the message, then what completed and what did not. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(switch (outcome) {
            case DONE -> "Flash complete.";
            case REFUSED -> "Refused, nothing was written: " + message;
            // no command is cut in half; what a stop between a backup and its restore did is in the message
            case CANCELLED -> "Cancelled between two commands, none cut in half"
                    + (message.startsWith(CANCELLED_BY_USER + "; ") ? message.substring(CANCELLED_BY_USER.length()) : "")
                    + ".";
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
