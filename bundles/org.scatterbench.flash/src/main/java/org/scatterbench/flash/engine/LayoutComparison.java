package org.scatterbench.flash.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

/**
 * Compares the layout a plan was made against with the table the phone really holds. Only what a
 * partition table can show is compared: partitions of the table's region, by name, start and
 * size. Scatter-only entries (preloader in the boot area, the pgpt/sgpt placeholders) are skipped.
 */
public final class LayoutComparison {

    private static final Set<String> TABLE_PLACEHOLDERS = Set.of("pgpt", "sgpt", "mbr", "ebr1", "ebr2", "pmt", "gpt");

    private LayoutComparison() {
    }

    /** Plain sentences, one per difference; empty when the plan's assumption holds. */
    public static List<String> differences(Layout assumed, Layout device) {
        Layout expected = placedOn(assumed, device);
        List<String> d = new ArrayList<>();
        for (Partition p : device.partitions()) {
            if (!comparable(p, device)) {
                continue;
            }
            Optional<Partition> e = expected.find(p.name());
            if (e.isEmpty() || !comparable(e.get(), device)) {
                d.add(String.format("%s is on the phone (0x%X+0x%X) but not in %s", p.name(), p.start(), p.size(),
                        expected.source()));
            } else if (e.get().start() != p.start() || e.get().size() != p.size()) {
                d.add(String.format("%s: %s says 0x%X+0x%X, the phone has 0x%X+0x%X", p.name(), expected.source(),
                        e.get().start(), e.get().size(), p.start(), p.size()));
            }
        }
        for (Partition e : expected.partitions()) {
            if (comparable(e, device) && device.find(e.name()).isEmpty()) {
                d.add(String.format("%s is in %s (0x%X+0x%X) but not on the phone", e.name(), expected.source(),
                        e.start(), e.size()));
            }
        }
        return d;
    }

    /**
     * A scatter places end-of-storage reservations (otp, flashinfo: {@code 0xFFFF<blocks>}) by their
     * distance from the end; the phone's table has them at absolute places. Placed on the phone's
     * storage size they compare like any other partition (left as they are when the size is unknown).
     */
    private static Layout placedOn(Layout assumed, Layout device) {
        List<Partition> placed = new ArrayList<>();
        for (Partition p : assumed.partitions()) {
            Optional<Long> size = device.regionSize(p.region());
            if (p.isEndRelative() && size.isPresent() && !TABLE_PLACEHOLDERS.contains(p.canonicalName())) {
                try {
                    p = p.toBuilder().start(EndRelative.resolveStart(assumed, p, size.get())).endRelativeBlocks(null)
                            .build();
                } catch (TableFormatException e) {
                    // an unresolvable reservation stays out of the comparison, as before
                }
            }
            placed.add(p);
        }
        return assumed.withPartitions(placed);
    }

    /** True for a partition the device's table would list. */
    private static boolean comparable(Partition p, Layout device) {
        if (TABLE_PLACEHOLDERS.contains(p.canonicalName()) || p.isEndRelative()) {
            return false;
        }
        if (device.partitions().isEmpty()) {
            return p.region().isUserArea();
        }
        return p.region().equals(device.partitions().get(0).region());
    }
}
