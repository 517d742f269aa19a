package org.scatterbench.layout.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.scatterbench.layout.table.EndRelative;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.PartitionNames;

/**
 * Compares the layout a device holds now with the one a new ROM brings, partition by partition,
 * by canonical name (so ANDROID meets system and USRDATA meets userdata).
 *
 * <p>Rules that keep the comparison honest rather than literal:
 * <ul>
 * <li>Tables (pgpt, sgpt, MBR, EBRn, PMT), boot-area entries (preloader) and end-of-device
 * reservations (otp, flashinfo, BMTPOOL) are matched as what they are: when only one side lists
 * them they are "unmatched", never added or removed partitions. Tables are compared by start only,
 * because their listed size depends on who lists them (a scatter pads pgpt to 0x8000).</li>
 * <li>A NEEDRESIZE userdata is compared by start only: its scatter size is nominal.</li>
 * <li>Likewise the last partition of a ROM layout whose size the ROM cannot know (the "PMT end"
 * partition, userdata or FAT) when the current layout was read from a device or image and so
 * knows the real size of the storage.</li>
 * </ul>
 */
public final class LayoutDiff {

    private final Layout current;
    private final Layout next;
    private final List<DiffEntry> entries;

    private LayoutDiff(Layout current, Layout next, List<DiffEntry> entries) {
        this.current = current;
        this.next = next;
        this.entries = List.copyOf(entries);
    }

    public static LayoutDiff compare(Layout current, Layout next) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(next, "next");
        Map<String, Deque<Partition>> byName = new LinkedHashMap<>();
        for (Partition p : current.partitions()) {
            byName.computeIfAbsent(p.canonicalName(), k -> new ArrayDeque<>()).add(p);
        }
        List<DiffEntry> out = new ArrayList<>();
        for (Partition n : next.partitions()) {
            Deque<Partition> q = byName.get(n.canonicalName());
            Partition c = q == null ? null : q.poll();
            out.add(entry(current, next, c, n));
        }
        for (Deque<Partition> q : byName.values()) {
            for (Partition c : q) {
                out.add(entry(current, next, c, null));
            }
        }
        return new LayoutDiff(current, next, out);
    }

    public Layout current() {
        return current;
    }

    public Layout next() {
        return next;
    }

    public List<DiffEntry> entries() {
        return entries;
    }

    public Optional<DiffEntry> entry(String name) {
        String c = PartitionNames.canonical(name);
        return entries.stream().filter(e -> PartitionNames.canonical(e.name()).equals(c)).findFirst();
    }

    /** The partition entries whose place or extent differs (tables and reservations excluded). */
    public List<DiffEntry> layoutChanges() {
        return entries.stream().filter(e -> e.kind() == EntryKind.PARTITION && e.change().isLayoutChange()).toList();
    }

    /** True when any partition (not table, boot-area or reservation) is added, removed, moved or resized. */
    public boolean layoutChanged() {
        return !layoutChanges().isEmpty();
    }

    /** The partition with the lowest current start whose start moves: everything after it moves too. */
    public Optional<DiffEntry> firstMoved() {
        return entries.stream().filter(e -> e.kind() == EntryKind.PARTITION && e.startChanged())
                .min(Comparator.comparing((DiffEntry e) -> e.current().get().region().isUserArea() ? 0 : 1)
                        .thenComparingLong(e -> e.current().get().start()));
    }

    static EntryKind kindOf(Partition p) {
        if (TableEntries.isTable(p)) {
            return EntryKind.TABLE;
        }
        if (p.region().isBootArea()) {
            return EntryKind.BOOT_AREA;
        }
        if (p.isEndRelative()) {
            return EntryKind.END_RELATIVE;
        }
        return EntryKind.PARTITION;
    }

    private static EntryKind combined(Partition c, Partition n) {
        EntryKind a = c == null ? null : kindOf(c);
        EntryKind b = n == null ? null : kindOf(n);
        for (EntryKind k : new EntryKind[] { EntryKind.TABLE, EntryKind.BOOT_AREA, EntryKind.END_RELATIVE }) {
            if (a == k || b == k) {
                return k;
            }
        }
        return EntryKind.PARTITION;
    }

    private static DiffEntry entry(Layout current, Layout next, Partition c, Partition n) {
        EntryKind kind = combined(c, n);
        String name = n != null ? n.name() : c.name();
        if (c == null || n == null) {
            Change ch = kind != EntryKind.PARTITION ? Change.UNMATCHED : c == null ? Change.ADDED : Change.REMOVED;
            String note = kind == EntryKind.PARTITION ? ""
                    : "only the " + (c == null ? "new" : "current") + " layout lists this " + describe(kind);
            return new DiffEntry(name, kind, ch, Optional.ofNullable(c), Optional.ofNullable(n), note);
        }
        String note = "";
        boolean moved;
        boolean resized;
        if (c.isEndRelative() || n.isEndRelative()) {
            Optional<long[]> starts = endRelativeStarts(current, next, c, n);
            if (c.isEndRelative() && n.isEndRelative()) {
                moved = !c.endRelativeBlocks().equals(n.endRelativeBlocks());
            } else if (starts.isPresent()) {
                moved = starts.get()[0] != starts.get()[1];
            } else {
                moved = false;
                note = "placed relative to the end of the storage; its position cannot be compared without the "
                        + "storage size";
            }
            resized = c.size() != n.size() && kind != EntryKind.TABLE;
        } else {
            moved = !c.region().equals(n.region()) && kind != EntryKind.BOOT_AREA || c.start() != n.start();
            resized = c.size() != n.size();
            if (kind == EntryKind.TABLE) {
                resized = false;
                note = "a partition table: compared by start only";
            } else if (kind == EntryKind.PARTITION && resized && startOnly(current, next, c, n)) {
                resized = false;
                note = String.format("size 0x%X vs 0x%X not compared: %s", c.size(), n.size(),
                        n.operation() == OperationType.NEEDRESIZE || c.operation() == OperationType.NEEDRESIZE
                                ? "NEEDRESIZE, the DA grows it to fill the storage"
                                : "the new ROM's size for the last partition is nominal; the DA grows it to fill "
                                        + "the storage");
            }
        }
        Change ch;
        if (moved && resized) {
            ch = Change.MOVED_AND_RESIZED;
        } else if (moved) {
            ch = Change.MOVED;
        } else if (resized) {
            ch = Change.RESIZED;
        } else if (c.fileName().isPresent() && n.fileName().isPresent() && !c.fileName().equals(n.fileName())) {
            ch = Change.CONTENT_ONLY;
        } else {
            ch = Change.SAME;
        }
        return new DiffEntry(name, kind, ch, Optional.of(c), Optional.of(n), note);
    }

    /** The size-blind rule for NEEDRESIZE and for the last partition of a ROM against a real device. */
    static boolean startOnly(Layout current, Layout next, Partition c, Partition n) {
        if (c.operation() == OperationType.NEEDRESIZE || n.operation() == OperationType.NEEDRESIZE) {
            return true;
        }
        String name = n.canonicalName();
        if (!name.equals("userdata") && !name.equals("fat")) {
            return false;
        }
        boolean currentKnowsSize = current.regionSize(c.region()).isPresent();
        boolean nextKnowsSize = next.regionSize(n.region()).isPresent();
        return currentKnowsSize && !nextKnowsSize && isLastOrdinary(next, n);
    }

    private static boolean isLastOrdinary(Layout layout, Partition p) {
        return layout.partitions().stream()
                .filter(q -> q.region().equals(p.region()) && kindOf(q) == EntryKind.PARTITION)
                .max(Comparator.comparingLong(Partition::start)).map(q -> q == p).orElse(false);
    }

    private static Optional<long[]> endRelativeStarts(Layout current, Layout next, Partition c, Partition n) {
        Optional<Long> size = current.regionSize(c.region()).or(() -> next.regionSize(n.region()));
        if (size.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new long[] { EndRelative.resolveStart(current, c, size.get()),
                    EndRelative.resolveStart(next, n, size.get()) });
        } catch (TableFormatException e) {
            return Optional.empty();
        }
    }

    private static String describe(EntryKind kind) {
        switch (kind) {
            case TABLE:
                return "partition table";
            case BOOT_AREA:
                return "boot-area entry (a device table does not list the boot area)";
            default:
                return "reservation at the end of the storage";
        }
    }
}
