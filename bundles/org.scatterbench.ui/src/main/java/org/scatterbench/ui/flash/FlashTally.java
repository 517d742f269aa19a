package org.scatterbench.ui.flash;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.scatterbench.flash.op.FlashReport;

/** Counts how the flashes of a multi-phone start ended, for one summary line. Thread-safe. */
public final class FlashTally {

    private final int phones;
    private final Map<FlashReport.Outcome, Integer> ended = new EnumMap<>(FlashReport.Outcome.class);

    public FlashTally(int phones) {
        this.phones = phones;
    }

    /** Counts one ended flash; true when it was the last one. */
    public synchronized boolean add(FlashReport.Outcome outcome) {
        ended.merge(outcome, 1, Integer::sum);
        return ended.values().stream().mapToInt(Integer::intValue).sum() == phones;
    }

    /** "3 phones: 2 done, 1 failed", outcomes in the order the engine declares them. */
    public synchronized String summary() {
        StringJoiner parts = new StringJoiner(", ", phones + (phones == 1 ? " phone: " : " phones: "), "");
        ended.forEach((outcome, n) -> parts.add(n + " " + outcome.name().toLowerCase(Locale.ROOT)));
        return parts.toString();
    }
}
