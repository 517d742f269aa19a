package org.scatterbench.ui.device;

import org.scatterbench.flash.op.FlashReport;

/**
 * Where one phone's flash stands, in the words of the Device view's Progress column.
 *
 * @param phase   what the flash is doing or how it ended
 * @param percent 0..100 while it runs
 * @param reason  why it failed, was refused or cancelled; empty otherwise
 */
public record PhoneState(Phase phase, int percent, String reason) {

    /** The stages a flash goes through, and its endings. */
    public enum Phase {
        FLASHING, VERIFYING, DONE, DONE_VERIFIED, FAILED, REFUSED, CANCELLED;

        public boolean running() {
            return this == FLASHING || this == VERIFYING;
        }
    }

    public static PhoneState running(boolean verifying, int percent) {
        return new PhoneState(verifying ? Phase.VERIFYING : Phase.FLASHING, percent, "");
    }

    public static PhoneState ended(FlashReport report, boolean verified) {
        return switch (report.outcome()) {
            case DONE -> new PhoneState(verified ? Phase.DONE_VERIFIED : Phase.DONE, 100, "");
            case FAILED -> new PhoneState(Phase.FAILED, 0, report.message());
            case REFUSED -> new PhoneState(Phase.REFUSED, 0, report.message());
            case CANCELLED -> new PhoneState(Phase.CANCELLED, 0, report.message());
        };
    }

    public String text() {
        return switch (phase) {
            case FLASHING -> "Flashing " + percent + " %";
            case VERIFYING -> "Verifying " + percent + " %";
            case DONE -> "Done";
            case DONE_VERIFIED -> "Done (verified)";
            case FAILED -> "Failed: " + reason;
            case REFUSED -> "Refused: " + reason;
            case CANCELLED -> "Cancelled";
        };
    }
}
