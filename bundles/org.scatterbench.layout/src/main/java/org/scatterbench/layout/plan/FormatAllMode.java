package org.scatterbench.layout.plan;

import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.model.Partition;

/**
 * format-all: erase every partition of the user area, write the new table and every image the ROM
 * has, boot loader included. Protected partitions are erased too; a read-only copy of them is
 * taken first so the user can restore the IMEI and calibration later.
 */
final class FormatAllMode {

    private FormatAllMode() {
    }

    static void plan(PlanContext ctx) {
        for (Partition c : ctx.current.partitions()) {
            if (Protection.isProtected(c) && !Protection.isUserData(c) && !c.isEndRelative()
                    && !c.region().isBootArea() && c.size() > 0) {
                ctx.step(PlanStep.of(StepAction.BACKUP, c.name(), c.range(), "Save a copy of " + c.name() + " ("
                        + Protection.whatItHolds(c) + ") to the computer; format-all does not restore it."));
            }
        }
        for (Partition c : ctx.current.partitions()) {
            if (DiskSize.isOrdinary(c) && c.size() > 0) {
                ctx.step(PlanStep.of(StepAction.FORMAT, c.name(), c.range(), "Erase " + c.name() + "."));
            }
        }
        boolean tableWritten = TableStep.add(ctx, ctx.effectiveNext);
        for (Partition n : ctx.next.partitions()) {
            if (TableEntries.isTable(n)) {
                ctx.verdict(n.name(), tableWritten ? Verdict.WRITTEN : Verdict.KEPT,
                        "Part of the partition table, written fresh from the new layout.");
            } else if (n.isEndRelative() || n.reserved()) {
                ctx.verdict(n.name(), Verdict.KEPT, "Reserved area at the end of the storage; never written.");
            } else if (PlanContext.hasImage(n)) {
                ctx.write(n, "Gets " + n.fileName().orElse("its image") + " from the new ROM after the storage is "
                        + "erased.");
            } else if (n.region().isBootArea()) {
                ctx.verdict(n.name(), Verdict.KEPT, "Boot area without an image in the ROM: not touched.");
            } else {
                String extra = Protection.isProtected(n) ? " It held " + Protection.whatItHolds(n)
                        + "; a copy is saved to the computer first." : "";
                ctx.verdict(n.name(), Verdict.ERASED, "format-all erases it and the ROM has no image for it." + extra);
            }
        }
        for (Partition c : ctx.current.partitions()) {
            if (ctx.verdictOf(c.name()).isEmpty() && DiskSize.isOrdinary(c)) {
                ctx.verdict(c.name(), Verdict.ERASED, "format-all erases it; the new layout has no such partition.");
            }
        }
        ctx.verdictsForCurrentOnly();
        SafetyNet.downgradeOverwritten(ctx, "format-all writes the new layout over the place it had.");
        ctx.note("format-all erases everything on the user area, including your apps, data, IMEI and calibration.");
    }
}
