package org.scatterbench.layout.plan;

import java.util.Comparator;
import java.util.Optional;

import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.EntryKind;
import org.scatterbench.model.Partition;

/**
 * The sentences of a refusal, written for someone who has never heard of a scatter file: what
 * moves and by how much, why, what would be lost, and what to do instead.
 */
final class Explain {

    private Explain() {
    }

    /** "USRDATA would move from 0x... to 0x... (+256 MiB)" and the like. */
    static String change(DiffEntry e) {
        Partition c = e.current().get();
        if (e.next().isEmpty()) {
            return c.name() + " (" + Sizes.hex(c.start()) + ", " + Sizes.human(c.size()) + ") does not exist in the new "
                    + "layout";
        }
        Partition n = e.next().get();
        StringBuilder sb = new StringBuilder(c.name());
        if (e.startChanged()) {
            sb.append(" would move from ").append(Sizes.hex(c.start())).append(" to ").append(Sizes.hex(n.start()))
                    .append(" (").append(Sizes.delta(e.startDelta())).append(')');
            if (!c.region().equals(n.region())) {
                sb.append(", from ").append(c.region()).append(" to ").append(n.region());
            }
        }
        if (e.sizeChanged()) {
            sb.append(e.startChanged() ? " and" : "").append(e.sizeDelta() < 0 ? " would shrink" : " would grow")
                    .append(" from ").append(Sizes.human(c.size())).append(" to ").append(Sizes.human(n.size()))
                    .append(" (").append(Sizes.delta(e.sizeDelta())).append(')');
        }
        return sb.toString();
    }

    /** Why it moves: the first partition before it that grows, shrinks, appears or disappears. */
    static String cause(PlanContext ctx, DiffEntry moved) {
        Partition c = moved.current().get();
        Optional<DiffEntry> culprit = ctx.diff.entries().stream()
                .filter(e -> e.kind() == EntryKind.PARTITION && e != moved)
                .filter(e -> e.sizeChanged() || e.current().isEmpty() || e.next().isEmpty())
                .filter(e -> startOf(e) < c.start() && regionOf(e).equals(c.region()))
                .min(Comparator.comparingLong(Explain::startOf));
        if (culprit.isEmpty()) {
            return "";
        }
        DiffEntry k = culprit.get();
        if (k.current().isEmpty()) {
            return " because the new ROM adds " + k.name() + " (" + Sizes.human(k.next().get().size())
                    + ") before it, which shifts every partition after it";
        }
        if (k.next().isEmpty()) {
            return " because the new ROM drops " + k.name() + " before it, which shifts every partition after it";
        }
        return " because the new ROM makes " + k.name() + (k.sizeDelta() > 0 ? " larger" : " smaller") + " ("
                + Sizes.delta(k.sizeDelta()) + "), which shifts every partition after it";
    }

    private static org.scatterbench.model.Region regionOf(DiffEntry e) {
        return e.current().map(Partition::region).orElseGet(() -> e.next().get().region());
    }

    private static long startOf(DiffEntry e) {
        return e.current().map(Partition::start).orElseGet(() -> e.next().get().start());
    }

    /** The keep-data refusal for one protected partition. */
    static String keepDataRefusal(PlanContext ctx, DiffEntry e) {
        Partition c = e.current().get();
        String name = c.canonicalName();
        String head = change(e) + cause(ctx, e) + ". It holds " + Protection.whatItHolds(c) + ". ";
        if (name.equals("cache")) {
            return head + "Keeping data means never writing it, so this ROM cannot be flashed in keep-data mode as it is. "
                    + "Cache only holds temporary files: allow wiping it (--wipe-cache) and plan again.";
        }
        if (Protection.isUserData(c)) {
            return head + "Keeping your data is impossible with this ROM: the data cannot stay where it is while the "
                    + "partition around it moves or changes size. What you can do: copy your photos and files to a "
                    + "computer and back up your apps and accounts (or read " + c.name() + " back in full) first, then "
                    + "choose --mode firmware-upgrade (keeps the IMEI and calibration, erases apps and data) or "
                    + "--mode format-all (erases everything, the IMEI and calibration included, unless you restore "
                    + "them); or flash a ROM built for your current layout.";
        }
        return head + "It cannot be downloaded again from any ROM, and keep-data never writes it. What you can do: choose "
                + "--mode firmware-upgrade, which backs " + c.name() + " up to the computer, writes the new partition "
                + "table and restores it" + (e.next().isPresent() ? " (the new " + c.name() + " must be at least "
                        + Sizes.human(c.size()) + ")" : "") + "; or flash a ROM built for your current layout.";
    }
}
