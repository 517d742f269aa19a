package org.scatterbench.flash.workflow;

import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.model.Layout;

/**
 * A plan made against what the phone holds, to be shown before {@link FlashWorkflow#run}. The plan
 * may be refused; running a refused plan writes nothing.
 *
 * @param request the request it answers
 * @param assumed the layout the plan takes as the phone's current one
 * @param plan    the plan, with VERIFY steps when the request asked for them
 */
public record PlannedFlash(FlashPlanRequest request, Layout assumed, FlashPlan plan) {
}
