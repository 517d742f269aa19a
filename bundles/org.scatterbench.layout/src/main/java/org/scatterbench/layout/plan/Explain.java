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
        return describe(e, true);
    }

    /** The same in the present tense, for what a plan that runs does: "USRDATA moves from ...". */
    static String fact(DiffEntry e) {
        return describe(e, false);
    }

    private static String describe(DiffEntry e, boolean hypothetical) {
        if (e.current().isEmpty()) {
            return e.name() + (hypothetical ? " would be new" : " is new") + " in this layout";
        }
        Partition c = e.current().get();
        if (e.next().isEmpty()) {
            return c.name() + " (" + Sizes.hex(c.start()) + ", " + Sizes.human(c.size()) + ") does not exist in the new "
                    + "layout";
        }
        Partition n = e.next().get();
        StringBuilder sb = new StringBuilder(c.name());
        if (e.startChanged()) {
            sb.append(hypothetical ? " would move from " : " moves from ").append(Sizes.hex(c.start())).append(" to ").append(Sizes.hex(n.start()))
                    .append(" (").append(Sizes.delta(e.startDelta())).append(')');
            if (!c.region().equals(n.region())) {
                sb.append(", from ").append(c.region()).append(" to ").append(n.region());
            }
        }
        if (e.sizeChanged()) {
            sb.append(e.startChanged() ? " and" : "").append(hypothetical ? " would" : "")
                    .append(e.sizeDelta() < 0 ? (hypothetical ? " shrink" : " shrinks") : (hypothetical ? " grow" : " grows"))
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
        if (c.name().startsWith("UNLISTED_")) {
            // the same sentence for every undescribed stretch, so the refusal lists it once
            return "The current layout comes from an MBR/EBR table, which lists only the file-system partitions; the "
                    + "stretches between them (UNLISTED_n: on these phones NVRAM, PRO_INFO, the boot images and more "
                    + "live there) are not described, so keep-data cannot prove that it leaves them alone. Use the "
                    + "phone's old scatter file as the current layout instead.";
        }
        String name = c.canonicalName();
        String head = change(e) + cause(ctx, e) + ". It holds " + Protection.whatItHolds(c) + ". ";
        if (name.equals("cache")) {
            boolean dataMovesToo = ctx.diff.entries().stream().anyMatch(x -> x != e && x.current().isPresent()
                    && Protection.isUserData(x.current().get()) && !x.current().get().canonicalName().equals("cache")
                    && (x.startChanged() || x.sizeChanged() || x.next().isEmpty()));
            return head + "Keeping data means never writing it, so this ROM cannot be flashed in keep-data mode as it is. "
                    + "Cache only holds temporary files: allowing it to be wiped (--wipe-cache) removes this obstacle"
                    + (dataMovesToo ? ", but not the one below." : "; plan again with it.");
        }
        if (Protection.isUserData(c)) {
            return head + "Keeping your data is impossible with this ROM: the data cannot stay where it is while the "
                    + "partition around it moves or changes size. What you can do: copy your photos and files to a "
                    + "computer and back up your apps and accounts (or read " + c.name() + " back in full) first, then "
                    + "choose --mode firmware-upgrade (keeps the IMEI and calibration, erases apps and data) or "
                    + "--mode format-all (erases everything, the IMEI and calibration included, unless you restore "
                    + "them); or flash a ROM built for your current layout.";
        }
        String why = Protection.isDeviceUnique(c) ? "It cannot be downloaded again from any ROM, and keep-data never "
                + "writes it." : "The current layout says an upgrade must not write it, so keep-data never does.";
        return head + why + " What you can do: choose "
                + "--mode firmware-upgrade, which backs " + c.name() + " up to the computer, writes the new partition "
                + "table and restores it" + (e.next().isPresent() ? " (the new " + c.name() + " must be at least "
                        + Sizes.human(c.size()) + ")" : "") + "; or flash a ROM built for your current layout.";
    }
}
