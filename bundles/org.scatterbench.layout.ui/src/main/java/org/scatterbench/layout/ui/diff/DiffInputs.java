package org.scatterbench.layout.ui.diff;

import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.model.Layout;

/** The two sides and the mode; {@link #compute()} is the same diff and plan the CLI's plan command computes. */
public record DiffInputs(Layout current, Layout next, PlanMode mode) {

    public record Result(LayoutDiff diff, FlashPlan plan) {
    }

    public Result compute() {
        return new Result(LayoutDiff.compare(current, next), new Planner().plan(PlanRequest.of(current, next, mode)));
    }
}
