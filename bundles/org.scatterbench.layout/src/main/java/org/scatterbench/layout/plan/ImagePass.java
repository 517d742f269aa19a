package org.scatterbench.layout.plan;

import java.util.Optional;

import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.model.Partition;

/**
 * The pass over the new ROM's partitions shared by keep-data and download-only: decide for each
 * whether it is written, formatted or kept, and add the steps. Protected partitions are never
 * written here unless the user opted in.
 */
final class ImagePass {

    private ImagePass() {
    }

    static void run(PlanContext ctx, boolean bootArea, boolean tableWritten, String modeName) {
        for (Partition n : ctx.next.partitions()) {
            Optional<DiffEntry> e = ctx.entryOf(n);
            if (TableEntries.isTable(n)) {
                ctx.verdict(n.name(), tableWritten ? Verdict.WRITTEN : Verdict.KEPT, tableWritten
                        ? "Part of the partition table, which is rewritten from the new layout."
                        : "Part of the partition table; the layout does not change, so it is not rewritten.");
            } else if (n.region().isBootArea()) {
                if (bootArea && PlanContext.hasImage(n) && !ctx.isGuarded(n)) {
                    ctx.write(n, "Boot loader: gets " + n.fileName().orElse("its image") + " from the new ROM.");
                } else {
                    ctx.verdict(n.name(), Verdict.KEPT, bootArea ? "Not selected for download."
                            : modeName + " leaves the boot loader and the boot areas alone.");
                }
            } else if (n.isEndRelative() || n.reserved()) {
                ctx.verdict(n.name(), Verdict.KEPT, "Reserved area at the end of the storage; never written.");
            } else if (ctx.isGuarded(n)) {
                boolean isNew = e.map(x -> x.current().isEmpty()).orElse(true);
                ctx.verdict(n.name(), Verdict.KEPT, "Protected: holds " + Protection.whatItHolds(n) + (isNew
                        ? ". It is new in this layout and " + modeName + " does not write protected partitions."
                        : ". It keeps its place and size, so it is left untouched."));
            } else if (ctx.isOptedInProtected(n)) {
                wipe(ctx, n);
            } else if (PlanContext.hasImage(n) && n.upgradable()) {
                ctx.write(n, writeReason(n, e));
            } else {
                Change ch = e.map(DiffEntry::change).orElse(Change.ADDED);
                if (ch == Change.ADDED) {
                    ctx.format(n, "Format the new partition " + n.name() + " (the ROM has no image for it).");
                    ctx.verdict(n.name(), Verdict.ERASED, "New partition without an image in the ROM: formatted.");
                } else if (ch.isLayoutChange()) {
                    ctx.format(n, "Format " + n.name() + " at its new place (its old content cannot follow it).");
                    ctx.verdict(n.name(), Verdict.LOST, Explain.change(e.get()) + "; the ROM has no image for it and "
                            + "its old content stays at the old place, so it is formatted at the new one.");
                } else {
                    ctx.verdict(n.name(), Verdict.KEPT, "Not downloaded by the new ROM; same place and size, left as "
                            + "it is.");
                }
            }
        }
    }

    static void wipe(PlanContext ctx, Partition n) {
        String why = "You allowed wiping " + n.name() + " (it holds " + Protection.whatItHolds(n) + ")";
        if (PlanContext.hasImage(n)) {
            ctx.write(n, why);
            ctx.verdict(n.name(), Verdict.ERASED, why + "; it gets the new ROM's image.");
        } else {
            ctx.format(n, "Format " + n.name() + " (you allowed wiping it).");
            ctx.verdict(n.name(), Verdict.ERASED, why + "; it is formatted.");
        }
    }

    static String writeReason(Partition n, Optional<DiffEntry> e) {
        String base = "Gets " + n.fileName().orElse("its image") + " from the new ROM";
        if (e.isEmpty() || e.get().current().isEmpty()) {
            return base + " (the current layout does not list it).";
        }
        switch (e.get().change()) {
            case SAME:
            case CONTENT_ONLY:
                return base + " at the same place.";
            default:
                return base + "; " + Explain.fact(e.get()) + ".";
        }
    }
}
