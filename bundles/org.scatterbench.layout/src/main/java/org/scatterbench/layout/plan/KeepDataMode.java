package org.scatterbench.layout.plan;

import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.EntryKind;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.model.Partition;

/**
 * keep-data (FLASH-SEMANTICS 5): refuse when any protected partition of the current layout would
 * move, change size or disappear; otherwise write the new table if the layout changes (protected
 * entries unchanged), then the images of every unprotected downloadable partition. The boot area is
 * left alone.
 */
final class KeepDataMode {

    private KeepDataMode() {
    }

    static void plan(PlanContext ctx) {
        for (Partition c : ctx.current.partitions()) {
            if (!Protection.isProtected(c) || ctx.request.optedIn(c.name())) {
                continue;
            }
            DiffEntry e = ctx.diff.entries().stream().filter(x -> x.current().map(p -> p == c).orElse(false))
                    .findFirst().orElseThrow();
            boolean gone = e.next().isEmpty() && e.kind() == EntryKind.PARTITION;
            if (gone || e.startChanged() || e.sizeChanged()) {
                ctx.refuseFor(c.name(), Explain.keepDataRefusal(ctx, e), "Would be lost with this ROM: "
                        + Explain.change(e) + ". It holds " + Protection.whatItHolds(c) + ".");
            }
        }
        if (ctx.refused()) {
            ImagePass.run(ctx, false, false, "keep-data");
            ctx.verdictsForCurrentOnly();
            return;
        }
        boolean tableChange = ctx.diff.layoutChanged() || ctx.diff.entries().stream()
                .anyMatch(x -> x.kind() == EntryKind.TABLE && x.startChanged()
                        && x.current().map(TableEntries::isMbrOrEbr).orElse(false));
        boolean tableWritten = false;
        if (tableChange) {
            ctx.note("The layout changes only where no protected data lives, so the partition table is rewritten with "
                    + "every protected partition at its current place"
                    + ctx.diff.firstMoved().map(f -> "; the first partition that moves is " + f.name()).orElse("")
                    + ".");
            tableWritten = TableStep.add(ctx, ctx.effectiveNext);
        }
        ImagePass.run(ctx, false, tableWritten, "keep-data");
        ctx.verdictsForCurrentOnly();
    }
}
