package org.scatterbench.ui.download;

import java.util.Optional;

import org.scatterbench.layout.plan.FlashPlan;

/**
 * Why Start is disabled, in words shown where the button is; empty when a flash may start. A
 * refused plan can never start.
 */
public final class FlashAvailability {

    private FlashAvailability() {
    }

    /** The first reason in full, the others counted: the Reason column has them per partition. */
    public static String firstReason(java.util.List<String> reasons) {
        if (reasons.isEmpty()) {
            return "";
        }
        return reasons.get(0) + (reasons.size() > 1 ? " (+" + (reasons.size() - 1) + " more)" : "");
    }

    public static Optional<String> blocker(FlashPlan plan, String daFile, String portSpec, boolean running) {
        if (running) {
            return Optional.of("A flash is running; Stop cancels it after the current block.");
        }
        if (plan == null) {
            return Optional.of("Choose a scatter-loading file to plan a download.");
        }
        if (plan.refused()) {
            return Optional.of("Refused: " + firstReason(plan.reasons()));
        }
        if (plan.steps().isEmpty()) {
            return Optional.of("Nothing to write: no partition is ticked.");
        }
        if (daFile == null || daFile.isBlank()) {
            return Optional.of("Choose the Download-Agent file.");
        }
        if (portSpec == null || portSpec.isBlank()) {
            return Optional.of("No phone: select one in the Device view or start a virtual phone.");
        }
        return Optional.empty();
    }
}
