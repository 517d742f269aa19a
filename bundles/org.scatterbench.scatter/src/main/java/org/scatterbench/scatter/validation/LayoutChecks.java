package org.scatterbench.scatter.validation;

import java.util.HashMap;
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
 * region consistent, starts aligned and inside the region, linear and physical addresses agreeing,
 * and (through {@link OrderChecks}) order, overlaps and gaps.
 */
public final class LayoutChecks {

    /** eMMC and NAND tools address 512-byte sectors; a start off that grid cannot be written. */
    static final long SECTOR = 512;
    /** UFS logical units use 4 KiB logical blocks. */
    static final long UFS_SECTOR = 4096;

    private final SectionView view;
    private final Locator at;
    private final List<Diagnostic> out;
    private final List<Partition> parts;
    private final List<FieldBlock> blocks;
    private final MappedSection section;

    private LayoutChecks(SectionView view) {
        this.view = view;
        this.at = view.at;
        this.out = view.out;
        this.parts = view.parts;
        this.blocks = view.blocks;
        this.section = view.section;
    }

    public static void check(MappedSection section, ScatterFormat format, String source, List<Diagnostic> out) {
        SectionView view = new SectionView(section, format, source, out);
        LayoutChecks c = new LayoutChecks(view);
        c.uniqueness();
        c.storageAndRegion();
        new OrderChecks(view).run();
        c.alignmentAndBounds();
        c.linearMatchesPhysical();
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
            if (!view.legacy() && blocks.get(i).field("partition_index").isPresent()) {
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
        if (view.legacy() || storage == Storage.UNKNOWN) {
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

    /** The eMMC hardware areas a scatter file can name (EMMC_BOOT_1 and the like parse to these). */
    private static final java.util.Set<Region> EMMC_AREAS = java.util.Set.of(Region.EMMC_BOOT1, Region.EMMC_BOOT2,
            Region.EMMC_BOOT1_BOOT2, Region.EMMC_USER, Region.EMMC_RPMB, Region.NONE);

    static boolean regionFits(Storage storage, Region region) {
        String r = region.name();
        switch (storage) {
            case EMMC:
                // a misspelt area (EMMC_BOOT3, EMMC_XYZ) would silently drop the partition from a phone image
                return EMMC_AREAS.contains(region);
            case UFS:
                return !r.startsWith("EMMC");
            case NAND:
            case NOR:
                return !r.startsWith("UFS") && !r.startsWith("EMMC");
            default:
                return true;
        }
    }

    /**
     * Within a region every partition has the same distance between its linear and its physical
     * address (0 in GPT-era files, the boot window in MBR-era ones). A partition that breaks the
     * rule was usually moved by editing one of the two fields only.
     */
    private void linearMatchesPhysical() {
        Map<Region, Map<Long, Integer>> deltas = new HashMap<>();
        long[] delta = new long[parts.size()];
        boolean[] known = new boolean[parts.size()];
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            FieldBlock b = blocks.get(i);
            if (p.isEndRelative() || p.reserved() || b.field("physical_start_addr").isEmpty()
                    || b.field("linear_start_addr").isEmpty() || p.linearStart().isEmpty()) {
                continue;
            }
            try {
                long physical = Numbers.parse(b.value("physical_start_addr").get());
                if (physical == 0 && p.start() != 0) {
                    continue; // an unfilled physical address, derived from the linear one
                }
                delta[i] = p.linearStart().get() - physical;
                known[i] = true;
                deltas.computeIfAbsent(p.region(), r -> new HashMap<>()).merge(delta[i], 1, Integer::sum);
            } catch (NumberFormatException e) {
                // reported by the reader
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!known[i]) {
                continue;
            }
            Map<Long, Integer> counts = deltas.get(parts.get(i).region());
            long usual = counts.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey();
            if (delta[i] != usual && counts.get(delta[i]) < counts.get(usual)) {
                Partition p = parts.get(i);
                out.add(at.at(blocks.get(i), "linear_start_addr", Severity.WARNING, ScatterCodes.ADDRESS_MISMATCH,
                        "linear_start_addr " + Numbers.hex(p.linearStart().get()) + " and physical_start_addr differ by "
                                + signedHex(delta[i]) + ", but by " + signedHex(usual) + " for the other partitions of "
                                + p.region() + ": one of the two was probably edited alone", p));
            }
        }
    }

    /** A difference of addresses, which may be negative: -0x80000 rather than 0xFFFFFFFFFFF80000. */
    static String signedHex(long v) {
        return v < 0 ? "-" + Numbers.hex(-v) : Numbers.hex(v);
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
                out.add(at.at(blocks.get(i), view.startField(i), SectionView.severity(p, p), ScatterCodes.MISALIGNED,
                        "starts at " + Numbers.hex(p.start()) + ", which is not a multiple of the " + sector
                                + "-byte sector of " + section.layout().storage() + SectionView.reservedNote(p, p), p));
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
