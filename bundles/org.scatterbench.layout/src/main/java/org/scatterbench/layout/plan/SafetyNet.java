package org.scatterbench.layout.plan;

import java.util.List;

import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Partition;

/**
 * The last check before a plan leaves the planner, independent of how the steps were chosen:
 * no step may change a byte of a current partition whose verdict is "kept", and in keep-data mode
 * none may change a byte of a protected range. A violation refuses the whole plan.
 */
final class SafetyNet {

    private SafetyNet() {
    }

    static void check(PlanContext ctx) {
        List<PlanStep> steps = ctx.steps();
        for (Partition c : ctx.current.partitions()) {
            ByteRange r = rangeOf(ctx, c);
            if (r == null || r.isEmpty()) {
                continue;
            }
            boolean kept = ctx.verdictOf(c.name()).map(v -> v.verdict() == Verdict.KEPT).orElse(false);
            boolean guarded = ctx.request.mode() == PlanMode.KEEP_DATA && Protection.isProtected(c)
                    && !ctx.request.optedIn(c.name());
            if (!kept && !guarded) {
                continue;
            }
            for (int i = 0; i < steps.size(); i++) {
                PlanStep s = steps.get(i);
                for (ByteRange m : s.modifiedRanges()) {
                    if (m.overlaps(r)) {
                        ctx.refuse(String.format("Safety check: step %d (%s %s, %s) would change bytes of %s (%s), "
                                + "which this plan must keep; the layouts overlap in a way the plan cannot honour, so "
                                + "nothing will be written.", i + 1, s.action().jsonName(), s.partition(),
                                PlanContext.where(m), c.name(), PlanContext.where(r)));
                    }
                }
            }
        }
    }

    /**
     * For modes that erase on purpose (format-all): a current partition whose bytes a step
     * overwrites is not "kept", whatever the per-partition pass thought; say so instead of refusing.
     * The boot area is exempt: format-all promises to leave what it does not write there alone.
     */
    static void downgradeOverwritten(PlanContext ctx, String reason) {
        for (Partition c : ctx.current.partitions()) {
            ByteRange r = rangeOf(ctx, c);
            if (r == null || r.isEmpty() || c.region().isBootArea()) {
                continue;
            }
            boolean kept = ctx.verdictOf(c.name()).map(v -> v.verdict() == Verdict.KEPT).orElse(false);
            if (kept && ctx.steps().stream().flatMap(s -> s.modifiedRanges().stream()).anyMatch(m -> m.overlaps(r))) {
                ctx.verdict(c.name(), Verdict.ERASED, reason);
            }
        }
    }

    private static ByteRange rangeOf(PlanContext ctx, Partition c) {
        if (!c.isEndRelative()) {
            return c.range();
        }
        try {
            return new ByteRange(c.region(), EndRelative.resolveStart(ctx.current, c, ctx.diskSize.bytes()), c.size());
        } catch (TableFormatException | RuntimeException e) {
            return null;
        }
    }
}
