package org.scatterbench.flash.report;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;

/**
 * The plan a run executed, as the user approved it.
 *
 * @param mode     {@code keep-data}, {@code firmware-upgrade}, ..., or {@code backup} / {@code restore}
 * @param refused  true when the planner refused (then nothing was written)
 * @param reasons  the planner's reasons and notes
 * @param verdicts one per partition
 */
public record PlanRecord(String mode, boolean refused, List<String> reasons, List<VerdictRecord> verdicts) {

    public PlanRecord {
        mode = mode == null ? "" : mode;
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        verdicts = verdicts == null ? List.of() : List.copyOf(verdicts);
    }

    public static PlanRecord of(FlashPlan plan) {
        List<VerdictRecord> v = new ArrayList<>();
        for (PartitionVerdict p : plan.partitions()) {
            v.add(new VerdictRecord(p.name(), p.verdict().jsonName(), p.reason()));
        }
        return new PlanRecord(plan.mode().cliName(), plan.refused(), plan.reasons(), v);
    }
}
