package org.scatterbench.ui.download;

import java.util.List;
import java.util.Locale;

import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;
import org.scatterbench.layout.plan.Verdict;
import org.scatterbench.model.PartitionNames;

/** The one-line summary under the table, worded from the plan's verdicts ("3 partitions written, user data kept"). */
public final class PlanSummary {

    private PlanSummary() {
    }

    public static String of(FlashPlan plan) {
        if (plan.refused()) {
            return "Refused: nothing will be written. " + FlashAvailability.firstReason(plan.reasons());
        }
        List<PartitionVerdict> v = plan.partitions();
        long written = count(v, Verdict.WRITTEN);
        long restored = count(v, Verdict.BACKED_UP_AND_RESTORED);
        StringBuilder sb = new StringBuilder();
        sb.append(written).append(written == 1 ? " partition written" : " partitions written");
        if (restored > 0) {
            sb.append(", ").append(restored).append(" backed up and restored");
        }
        sb.append(", ").append(userData(v));
        return sb.toString();
    }

    private static String userData(List<PartitionVerdict> verdicts) {
        for (PartitionVerdict pv : verdicts) {
            if (PartitionNames.canonical(pv.name()).equals("userdata")) {
                return switch (pv.verdict()) {
                    case KEPT, BACKED_UP_AND_RESTORED -> "user data kept";
                    case ERASED -> "user data ERASED";
                    case LOST -> "user data LOST";
                    case WRITTEN -> "user data overwritten";
                };
            }
        }
        long lost = count(verdicts, Verdict.LOST) + count(verdicts, Verdict.ERASED);
        return lost == 0 ? "nothing erased" : lost + " partitions erased or lost".toLowerCase(Locale.ROOT);
    }

    private static long count(List<PartitionVerdict> v, Verdict kind) {
        return v.stream().filter(p -> p.verdict() == kind).count();
    }
}
