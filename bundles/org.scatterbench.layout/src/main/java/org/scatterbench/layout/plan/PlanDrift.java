package org.scatterbench.layout.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.model.ByteRange;

/**
 * How the plan about to run differs from the plan the user was shown. A front end that planned
 * against an assumed layout (the new ROM's own, an old scatter) and plans again against the phone's
 * table before writing must not run the second plan unseen when it does something else: a partition
 * the screen called kept may be lost in it.
 */
public final class PlanDrift {

    private PlanDrift() {
    }

    /**
     * One line per difference that is worse for the phone's data than what was shown: a partition
     * the plan to run treats more harshly (kept, then backed up and restored, then written, then
     * erased or lost), one only the plan to run touches, or bytes the plan to run changes that the
     * shown plan does not. A plan that turns out gentler (a backup it no longer needs) is no drift.
     */
    public static List<String> between(FlashPlan shown, FlashPlan toRun) {
        List<String> d = new ArrayList<>();
        if (toRun.refused() && !shown.refused()) {
            d.add("against the phone's table the plan is refused");
        }
        for (PartitionVerdict v : toRun.partitions()) {
            Optional<PartitionVerdict> was = shown.verdictOf(v.name());
            if (was.isEmpty() && v.verdict() != Verdict.KEPT) {
                d.add(v.name() + ": " + v.verdict().jsonName() + " (not in the plan shown)");
            } else if (was.isPresent() && harshness(v.verdict()) > harshness(was.get().verdict())) {
                d.add(v.name() + ": " + v.verdict().jsonName() + " (shown: " + was.get().verdict().jsonName() + ")");
            }
        }
        Set<ByteRange> shownRanges = new HashSet<>(shown.touchedRanges());
        List<ByteRange> extra = toRun.touchedRanges().stream().filter(r -> !shownRanges.contains(r)).toList();
        if (!extra.isEmpty()) {
            d.add("writes " + extra + ", which the plan shown does not");
        }
        return d;
    }

    private static int harshness(Verdict v) {
        return switch (v) {
            case KEPT -> 0;
            case BACKED_UP_AND_RESTORED -> 1;
            case WRITTEN -> 2;
            case ERASED, LOST -> 3;
        };
    }
}
