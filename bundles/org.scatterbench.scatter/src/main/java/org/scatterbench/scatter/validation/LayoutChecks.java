package org.scatterbench.scatter.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Severity;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterCodes;
import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.mapping.MappedSection;
import org.scatterbench.scatter.mapping.Numbers;
import org.scatterbench.scatter.syntax.FieldBlock;

/**
 * Checks of one storage section's layout: names and indexes unique within the section, storage and
 * region consistent, starts ascending, aligned and inside the region, no overlaps, no gaps.
 */
public final class LayoutChecks {

    /** eMMC and NAND tools address 512-byte sectors; a start off that grid cannot be written. */
    static final long SECTOR = 512;
    /** UFS logical units use 4 KiB logical blocks. */
    static final long UFS_SECTOR = 4096;

    private final MappedSection section;
    private final ScatterFormat format;
    private final Locator at;
    private final List<Diagnostic> out;
    private final List<Partition> parts;
    private final List<FieldBlock> blocks;

    private LayoutChecks(MappedSection section, ScatterFormat format, String source, List<Diagnostic> out) {
        this.section = section;
        this.format = format;
        this.at = new Locator(source);
        this.out = out;
        this.parts = section.layout().partitions();
        this.blocks = section.section().partitions();
    }

    public static void check(MappedSection section, ScatterFormat format, String source, List<Diagnostic> out) {
        LayoutChecks c = new LayoutChecks(section, format, source, out);
        c.uniqueness();
        c.storageAndRegion();
        c.ascending();
        c.overlapsAndGaps();
        c.alignmentAndBounds();
    }

    private boolean legacy() {
        return format == ScatterFormat.LEGACY || format == ScatterFormat.OTA_LIST;
    }

    private String startField(int i) {
        return blocks.get(i).field("physical_start_addr").isPresent() ? "physical_start_addr" : "linear_start_addr";
    }

    private void uniqueness() {
        Map<String, Integer> names = new HashMap<>();
        Map<Integer, Integer> indexes = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            Integer prevName = names.putIfAbsent(p.name().toLowerCase(Locale.ROOT), i);
            if (prevName != null) {
                out.add(at.at(blocks.get(i), "partition_name", Severity.ERROR, ScatterCodes.DUPLICATE_NAME,
                        "name '" + p.name() + "' is already used by partition #" + prevName + " of this "
                                + section.layout().storage() + " section (line " + blocks.get(prevName).line() + ")",
                        p));
            }
            if (!legacy() && blocks.get(i).field("partition_index").isPresent()) {
                Integer prevIndex = indexes.putIfAbsent(p.index(), i);
                if (prevIndex != null) {
                    out.add(at.at(blocks.get(i), "partition_index", Severity.ERROR, ScatterCodes.DUPLICATE_INDEX,
                            "index SYS" + p.index() + " is already used by '" + parts.get(prevIndex).name()
                                    + "' in this section; SP Flash Tool keys partitions on it", p));
                }
            }
        }
    }

    private void storageAndRegion() {
        Storage storage = section.layout().storage();
        if (legacy() || storage == Storage.UNKNOWN) {
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            FieldBlock b = blocks.get(i);
            String written = b.value("storage").orElse(null);
            if (written != null && Storage.parse(written) != Storage.UNKNOWN && Storage.parse(written) != storage) {
                out.add(at.at(b, "storage", Severity.ERROR, ScatterCodes.STORAGE_MISMATCH,
                        "storage " + Numbers.shorten(written.strip()) + " in a " + storage + " layout", p));
            }
            if (!regionFits(storage, p.region())) {
                out.add(at.at(b, "region", Severity.ERROR, ScatterCodes.STORAGE_MISMATCH,
                        "region " + Numbers.shorten(p.region().name()) + " does not exist on " + storage + " storage", p));
            }
        }
    }

    static boolean regionFits(Storage storage, Region region) {
        String r = region.name();
        switch (storage) {
            case EMMC:
                return !r.startsWith("UFS");
            case UFS:
                return !r.startsWith("EMMC");
            case NAND:
            case NOR:
                return !r.startsWith("UFS") && !r.startsWith("EMMC");
            default:
                return true;
        }
    }

    private void ascending() {
        Map<Region, Integer> lastInRegion = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (p.isEndRelative()) {
                continue;
            }
            Integer prev = lastInRegion.get(p.region());
            if (prev != null && position(p, parts.get(prev)) < position(parts.get(prev), p)) {
                out.add(at.at(blocks.get(i), startField(i), severity(p, parts.get(prev)), ScatterCodes.NOT_ASCENDING,
                        "starts at " + Numbers.hex(p.start()) + ", before '" + parts.get(prev).name() + "' above it ("
                                + Numbers.hex(parts.get(prev).start()) + "); partitions must be listed in disk order",
                        p));
            }
            lastInRegion.put(p.region(), i);
        }
    }

    /**
     * Where a partition sits for ordering: its linear address when both have one (legacy files
     * state nothing else), else its offset in the region.
     */
    private static long position(Partition p, Partition other) {
        return p.linearStart().isPresent() && other.linearStart().isPresent() ? p.linearStart().get() : p.start();
    }

    private void overlapsAndGaps() {
        Map<Region, List<Integer>> byRegion = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (!p.isEndRelative()) {
                byRegion.computeIfAbsent(p.region(), r -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> members : byRegion.values()) {
            members.sort(Comparator.comparingLong((Integer i) -> parts.get(i).start()).thenComparingInt(i -> i));
            int reach = -1;
            for (int cur : members) {
                if (parts.get(cur).size() == 0) {
                    continue;
                }
                if (reach >= 0) {
                    neighbours(reach, cur);
                }
                if (reach < 0 || end(parts.get(cur)) > end(parts.get(reach))) {
                    reach = cur;
                }
            }
        }
        crossBootAreas();
    }

    /**
     * Compares a partition with the one that reaches furthest before it: sharing its start or lying
     * inside it is an overlap; crossing its end is a size that runs into the next start (fixed by
     * shrinking the earlier one); a hole between them is a gap.
     */
    private void neighbours(int i, int j) {
        Partition cur = parts.get(i);
        Partition next = parts.get(j);
        if (next.start() < end(cur)) {
            if (next.start() == cur.start() || end(next) <= end(cur) || legacy()) {
                overlap(i, j);
                return;
            }
            out.add(at.at(blocks.get(i), "partition_size", severity(cur, next), ScatterCodes.SIZE_MISMATCH,
                    "size " + Numbers.hex(cur.size()) + " runs " + Numbers.hex(end(cur) - next.start())
                            + " bytes into '" + next.name() + "', which starts at " + Numbers.hex(next.start())
                            + " (the size should be at most " + Numbers.hex(next.start() - cur.start()) + ")"
                            + reservedNote(cur, next),
                    cur));
        } else if (end(cur) < next.start() && !legacy()) {
            out.add(at.at(blocks.get(j), startField(j), Severity.WARNING, ScatterCodes.GAP,
                    Numbers.hex(next.start() - end(cur)) + " unused bytes between '" + cur.name() + "' (ends at "
                            + Numbers.hex(end(cur)) + ") and this partition (starts at " + Numbers.hex(next.start()) + ")",
                    next));
        }
    }

    private void overlap(int i, int j) {
        int first = Math.min(i, j);
        int second = Math.max(i, j);
        Partition a = parts.get(first);
        Partition b = parts.get(second);
        out.add(at.at(blocks.get(second), startField(second), severity(a, b), ScatterCodes.OVERLAP,
                "overlaps '" + a.name() + "' (" + describe(a) + "); this partition is " + describe(b)
                        + reservedNote(a, b), b));
    }

    /** EMMC_BOOT1_BOOT2 is written to both boot areas, so it collides with anything in either. */
    private void crossBootAreas() {
        for (int i = 0; i < parts.size(); i++) {
            for (int j = i + 1; j < parts.size(); j++) {
                Partition a = parts.get(i);
                Partition b = parts.get(j);
                if (!a.region().equals(b.region()) && !a.isEndRelative() && !b.isEndRelative()
                        && (a.region().equals(Region.EMMC_BOOT1_BOOT2) || b.region().equals(Region.EMMC_BOOT1_BOOT2))
                        && safeRange(a) && safeRange(b) && a.range().overlaps(b.range())) {
                    overlap(i, j);
                }
            }
        }
    }

    /**
     * Reserved partitions (flashinfo, sgpt, ...) are placed by the flash tool from the end of the
     * device, whatever address the file states; a conflict there is worth a warning, not a refusal.
     */
    private static Severity severity(Partition a, Partition b) {
        return a.reserved() || b.reserved() ? Severity.WARNING : Severity.ERROR;
    }

    private static String reservedNote(Partition a, Partition b) {
        return a.reserved() || b.reserved() ? " (a reserved partition: the tool places it from the end of the device)"
                : "";
    }

    private static String describe(Partition p) {
        return p.region() + "[" + Numbers.hex(p.start()) + ".." + (end(p) == Long.MAX_VALUE ? "beyond 2^63"
                : Numbers.hex(end(p))) + ")";
    }

    private static boolean safeRange(Partition p) {
        return end(p) != Long.MAX_VALUE;
    }

    /** End of a partition, saturated: values that overflow are reported by the bounds check. */
    private static long end(Partition p) {
        long e = p.start() + p.size();
        return e < 0 ? Long.MAX_VALUE : e;
    }

    /**
     * The addressing unit, not the erase block: block_size only scales end-relative codes, and real
     * GPT layouts start partitions on 32 KiB boundaries inside 128 KiB blocks.
     */
    private long sectorSize() {
        return section.layout().storage() == Storage.UFS ? UFS_SECTOR : SECTOR;
    }

    private void alignmentAndBounds() {
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (p.isEndRelative()) {
                continue;
            }
            long sector = sectorSize();
            if (p.start() % sector != 0) {
                out.add(at.at(blocks.get(i), startField(i), severity(p, p), ScatterCodes.MISALIGNED,
                        "starts at " + Numbers.hex(p.start()) + ", which is not a multiple of the " + sector
                                + "-byte sector of " + section.layout().storage() + reservedNote(p, p), p));
            }
            if (p.start() + p.size() < 0) {
                out.add(at.at(blocks.get(i), "partition_size", Severity.ERROR, ScatterCodes.PAST_END,
                        "start + size passes 2^63 bytes: no storage is that large", p));
                continue;
            }
            Long regionSize = section.layout().regionSizes().get(p.region());
            if (regionSize != null && p.end() > regionSize) {
                out.add(at.at(blocks.get(i), "partition_size", Severity.ERROR, ScatterCodes.PAST_END,
                        "ends at " + Numbers.hex(p.end()) + ", past the end of " + p.region() + " ("
                                + Numbers.hex(regionSize) + ")", p));
            }
        }
    }
}
