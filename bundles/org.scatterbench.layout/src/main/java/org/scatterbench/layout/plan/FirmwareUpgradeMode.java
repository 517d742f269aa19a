package org.scatterbench.layout.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.EntryKind;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Partition;

/**
 * firmware-upgrade: back up every protected partition that is not user data (NVRAM, PROTECT_F/S,
 * PRO_INFO, persist, ...) to the PC, write the new table, write the images, then restore the
 * backups into the new places. Sizes are checked first: a new partition smaller than its backup
 * refuses the plan (SP Flash Tool's S_FT_BACKUP_OF_NVRAM_PARTITION_MISMATCH). User data survives
 * only where it keeps its place and size; elsewhere the verdict says it is lost.
 */
final class FirmwareUpgradeMode {

    private FirmwareUpgradeMode() {
    }

    private record Saved(Partition current, Partition next) {
    }

    static void plan(PlanContext ctx) {
        List<Saved> saved = new ArrayList<>();
        for (Partition c : ctx.current.partitions()) {
            if (!Protection.isProtected(c) || Protection.isUserData(c) || ctx.request.optedIn(c.name())
                    || c.isEndRelative() || c.region().isBootArea() || c.size() == 0) {
                continue;
            }
            Optional<Partition> n = ctx.effectiveNext.find(c.name());
            if (n.isEmpty() || TableEntries.isTable(n.get())) {
                ctx.refuseFor(c.name(), c.name() + " (" + Protection.whatItHolds(c) + ") has no place in the new layout, "
                        + "so its backup could not be restored. Use a ROM whose layout has " + c.name() + ".",
                        "Would be lost: the new layout has no " + c.name() + ".");
            } else if (n.get().size() < c.size()) {
                ctx.refuseFor(c.name(), String.format("The new %s (%s) is smaller than the current one (%s): its "
                        + "backup would not fit and restoring it would cut %s. Use a ROM whose %s is at least %s.",
                        c.name(), Sizes.human(n.get().size()), Sizes.human(c.size()), Protection.whatItHolds(c),
                        c.name(), Sizes.human(c.size())), "Would be lost: the new " + c.name() + " is too small "
                                + "for its backup.");
            } else {
                saved.add(new Saved(c, n.get()));
            }
        }
        for (Saved s : saved) {
            ctx.step(PlanStep.of(StepAction.BACKUP, s.current.name(), s.current.range(), "Back up " + s.current.name()
                    + " (" + Sizes.human(s.current.size()) + ", " + Protection.whatItHolds(s.current)
                    + ") to the computer."));
        }
        boolean tableWritten = TableStep.add(ctx, ctx.effectiveNext);
        boolean keysLost = ctx.next.partitions().stream()
                .anyMatch(n -> n.canonicalName().equals("metadata") && !survives(ctx.entryOf(n)));
        for (Partition n : ctx.next.partitions()) {
            Optional<DiffEntry> e = ctx.entryOf(n);
            boolean isSaved = saved.stream().anyMatch(s -> s.next.canonicalName().equals(n.canonicalName()));
            if (isSaved) {
                continue;
            }
            if (TableEntries.isTable(n)) {
                ctx.verdict(n.name(), tableWritten ? Verdict.WRITTEN : Verdict.KEPT,
                        "Part of the partition table, which firmware-upgrade rewrites from the new layout.");
            } else if (n.isEndRelative() || n.reserved()) {
                ctx.verdict(n.name(), Verdict.KEPT, "Reserved area at the end of the storage; never written.");
            } else if (ctx.isOptedInProtected(n)) {
                ImagePass.wipe(ctx, n);
            } else if (Protection.isUserData(n)) {
                userData(ctx, n, e, keysLost && n.canonicalName().equals("userdata"));
            } else if (ctx.isGuarded(n)) {
                ctx.verdict(n.name(), Verdict.KEPT, "Protected in the new layout (" + Protection.whatItHolds(n)
                        + "); firmware-upgrade does not write it.");
            } else if (PlanContext.hasImage(n)) {
                ctx.write(n, ImagePass.writeReason(n, e));
            } else {
                boolean moved = e.map(x -> x.change().isLayoutChange()).orElse(true);
                if (moved) {
                    ctx.format(n, "Format " + n.name() + " at its new place.");
                    ctx.verdict(n.name(), e.flatMap(DiffEntry::current).isPresent() ? Verdict.LOST : Verdict.ERASED,
                            "Not in the ROM, and its place changes: formatted at the new place.");
                } else {
                    ctx.verdict(n.name(), Verdict.KEPT, "Not downloaded by the new ROM; same place and size.");
                }
            }
        }
        for (Saved s : saved) {
            ByteRange into = new ByteRange(s.next.region(), s.next.start(), s.current.size());
            ctx.step(PlanStep.of(StepAction.RESTORE, s.next.name(), into, "Restore the backup of " + s.current.name()
                    + " into its place in the new layout (" + PlanContext.where(into) + ")."));
            ctx.step(PlanStep.of(StepAction.VERIFY, s.next.name(), into, "Read " + s.next.name()
                    + " back and compare it with the backup."));
            String extra = s.next.size() > s.current.size() ? " The new partition is larger; the rest stays as the "
                    + "table write leaves it." : "";
            ctx.verdict(s.next.name(), Verdict.BACKED_UP_AND_RESTORED, "Holds " + Protection.whatItHolds(s.current)
                    + ": backed up to the computer before the table changes and restored afterwards." + extra);
        }
        ctx.verdictsForCurrentOnly();
    }

    /** Whether a user-data partition keeps its place and size (firmware-upgrade then leaves it alone). */
    private static boolean survives(Optional<DiffEntry> e) {
        return e.isPresent() && e.get().current().isPresent() && e.get().kind() == EntryKind.PARTITION
                && !e.get().change().isLayoutChange();
    }

    /**
     * @param keysLost metadata, which holds userdata's encryption keys on phones with file-based
     *                 encryption, is formatted: userdata that stays in place could no longer be read
     */
    private static void userData(PlanContext ctx, Partition n, Optional<DiffEntry> e, boolean keysLost) {
        if (survives(e) && !keysLost) {
            ctx.verdict(n.name(), Verdict.KEPT, "Holds " + Protection.whatItHolds(n) + "; it keeps its place and size, "
                    + "so firmware-upgrade leaves it untouched.");
            return;
        }
        String lost = survives(e)
                ? "It keeps its place, but metadata moves and is formatted, and on phones with file-based encryption"
                        + " metadata holds the keys to " + n.name() + "; without them its content ("
                        + Protection.whatItHolds(n) + ") cannot be read"
                : e.flatMap(DiffEntry::current).isPresent()
                ? Explain.fact(e.get()) + ", so its content (" + Protection.whatItHolds(n)
                        + ") cannot survive"
                : "New partition";
        if (PlanContext.hasImage(n)) {
            ctx.write(n, lost);
        } else {
            ctx.format(n, "Format " + n.name() + " at its new place so the phone starts with it empty.");
        }
        ctx.verdict(n.name(), e.flatMap(DiffEntry::current).isPresent() ? Verdict.LOST : Verdict.ERASED,
                lost + (PlanContext.hasImage(n) ? "; it gets the new ROM's empty image." : "; it is formatted."));
        if (e.flatMap(DiffEntry::current).isPresent()) {
            ctx.note(n.name() + ": " + lost + ". Back it up before flashing if you need it.");
        }
    }
}
