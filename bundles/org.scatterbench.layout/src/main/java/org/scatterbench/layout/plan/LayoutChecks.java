package org.scatterbench.layout.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

/**
 * Sanity checks on the new layout before anything is planned: two partitions that share bytes
 * make any plan meaningless (one image would overwrite the other), so they refuse up front.
 */
final class LayoutChecks {

    private LayoutChecks() {
    }

    /**
     * Reserved entries (BMTPOOL, OTP, sgpt, ...) are never written, and hand-edited files give them
     * placeholder addresses (0x0), so they take no part in the overlap check.
     */
    private static boolean isReservation(Partition p) {
        return p.reserved() || p.operation() == org.scatterbench.model.OperationType.RESERVED;
    }

    /** A ROM built for another kind of storage (UFS vs eMMC) cannot be planned against this phone at all. */
    static void sameStorage(PlanContext ctx) {
        org.scatterbench.model.Storage a = ctx.current.storage();
        org.scatterbench.model.Storage b = ctx.next.storage();
        if (a != org.scatterbench.model.Storage.UNKNOWN && b != org.scatterbench.model.Storage.UNKNOWN && a != b) {
            ctx.refuse("The new layout is for " + b + " storage but the current one is for " + a + "; pick the " + a
                    + " section of the new scatter file (or the right ROM for this phone).");
        }
    }

    static void overlaps(PlanContext ctx, Layout layout) {
        List<Partition> ordinary = new ArrayList<>(layout.partitions().stream()
                .filter(p -> !p.isEndRelative() && p.size() > 0 && !isReservation(p)).toList());
        ordinary.sort(Comparator.comparing((Partition p) -> p.region().name()).thenComparingLong(Partition::start));
        for (int i = 1; i < ordinary.size(); i++) {
            Partition a = ordinary.get(i - 1);
            Partition b = ordinary.get(i);
            if (a.range().overlaps(b.range())) {
                ctx.refuse(String.format("The new layout (%s) is broken: %s (%s..%s) overlaps %s (%s..%s), so writing "
                        + "one would destroy the other. Fix the scatter file before flashing.", layout.source(),
                        a.name(), Sizes.hex(a.start()), Sizes.hex(a.end()), b.name(), Sizes.hex(b.start()),
                        Sizes.hex(b.end())));
            }
        }
    }
}
