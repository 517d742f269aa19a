package org.scatterbench.scatter.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.PartitionNames;
import org.scatterbench.model.Region;
import org.scatterbench.model.Severity;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterCodes;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;
import org.scatterbench.scatter.syntax.Section;

/**
 * Meaning of one storage section of the field-based generations (V1.x, V2.x, XML). Fields after
 * {@code partition_size} are optional with the defaults of SCATTER-FORMATS §2.3. A value that
 * cannot be read is reported and replaced by a neutral value, so that every other problem of the
 * file can still be reported in one pass.
 */
final class FieldSectionMapper {

    /** Per-partition values the layout does not carry but later steps of the mapping need. */
    private static final class Raw {
        long physical;
        boolean physicalPresent;
        boolean physicalIsCode;
        /** A tool (WwR) wrote the resolved offset of an end-relative reservation next to its code. */
        boolean physicalResolved;
    }

    private final String source;
    private final String platform;
    private final FieldBlock documentHeader;
    private final Problems problems;

    FieldSectionMapper(String source, String platform, FieldBlock documentHeader, Problems problems) {
        this.source = source;
        this.platform = platform;
        this.documentHeader = documentHeader;
        this.problems = problems;
    }

    MappedSection map(Section section) {
        FieldBlock h = section.header();
        Storage storage = Storage.parse(h.value("storage_type").or(() -> h.value("storage")).orElse(null));
        if (storage == Storage.UNKNOWN && !section.partitions().isEmpty()) {
            storage = Storage.parse(section.partitions().get(0).value("storage").orElse(null));
        }
        long blockSize = 0;
        Optional<Field> bs = h.field("block_size").or(() -> documentHeader.field("block_size"));
        if (bs.isPresent()) {
            blockSize = problems.number(bs.get(), 0, null);
        }
        List<Partition> parts = new ArrayList<>();
        List<Raw> raws = new ArrayList<>();
        for (int i = 0; i < section.partitions().size(); i++) {
            Raw raw = new Raw();
            parts.add(partition(section.partitions().get(i), i, storage, raw));
            raws.add(raw);
        }
        derivePhysicalFromLinear(parts, raws);
        Map<Region, Long> regionSizes = regionSizesFromResolvedReservations(parts, raws, blockSize);
        placeEndRelative(parts, raws, blockSize, regionSizes);
        Layout layout = new Layout(source, platform, storage, blockSize, parts, regionSizes);
        return new MappedSection(section, layout);
    }

    private Partition partition(FieldBlock b, int position, Storage sectionStorage, Raw raw) {
        String name = b.value("partition_name").map(String::strip).orElse("");
        if (b.field("partition_name").isEmpty()) {
            problems.at(b, Severity.ERROR, ScatterCodes.MISSING_FIELD,
                    "partition #" + position + " has no partition_name", null);
            name = "#" + position;
        } else if (name.isEmpty()) {
            problems.at(b.field("partition_name").get(), Severity.ERROR, ScatterCodes.MISSING_FIELD,
                    "partition #" + position + " has an empty partition_name", null);
            name = "#" + position;
        }
        String who = name;
        Partition.Builder p = Partition.builder(name).index(index(b, position, who));
        Storage storage = b.value("storage").map(Storage::parse).orElse(sectionStorage);
        p.storage(storage == Storage.UNKNOWN ? sectionStorage : storage);
        p.region(b.value("region").filter(s -> !s.isBlank()).map(Region::parse)
                .orElse(sectionStorage == Storage.NAND ? Region.NONE : Region.EMMC_USER));
        String file = b.value("file_name").orElse("NONE").strip();
        p.fileName(file.isEmpty() || file.equalsIgnoreCase("NONE") ? null : file);
        boolean download = b.field("is_download").map(f -> problems.bool(f, true, who))
                .orElse(!file.isEmpty() && !file.equalsIgnoreCase("NONE"));
        p.downloadable(download);
        p.upgradable(b.field("is_upgradable").map(f -> problems.bool(f, download, who)).orElse(download));
        p.boundaryCheck(b.field("boundary_check").map(f -> problems.bool(f, true, who)).orElse(true));
        boolean reserved = b.field("is_reserved").map(f -> problems.bool(f, false, who)).orElse(false);
        p.reserved(reserved);
        p.type(b.value("type").map(String::strip).filter(s -> !s.isEmpty()).orElse("NORMAL_ROM"));
        p.operation(operation(b, who));
        long size = required(b, "partition_size", who);
        p.size(size);
        long linear = required(b, "linear_start_addr", who);
        Optional<Field> phys = b.field("physical_start_addr");
        raw.physicalPresent = phys.isPresent();
        raw.physical = phys.map(f -> problems.number(f, linear, who)).orElse(linear);
        raw.physicalIsCode = Numbers.isEndRelativeCode(raw.physical);
        raw.physicalResolved = phys.isPresent() && !raw.physicalIsCode && raw.physical != 0 && raw.physical != linear;
        if (Numbers.isEndRelativeCode(linear) && (reserved || isReservationName(name))) {
            p.linearStart(null).endRelativeBlocks(Numbers.endRelativeBlocks(linear));
            p.start(raw.physicalResolved ? raw.physical : 0);
        } else {
            p.linearStart(linear).start(raw.physical);
        }
        return p.build();
    }

    /** Legacy reservations keep their meaning even where a hand edit dropped is_reserved. */
    private static boolean isReservationName(String name) {
        String c = PartitionNames.canonical(name);
        return c.equals("bmtpool") || c.equals("otp");
    }

    private int index(FieldBlock b, int position, String who) {
        Optional<Field> f = b.field("partition_index");
        if (f.isEmpty()) {
            problems.at(b, Severity.ERROR, ScatterCodes.MISSING_FIELD, "partition has no partition_index", who);
            return position;
        }
        String v = f.get().value().strip();
        String digits = v.toUpperCase(Locale.ROOT).startsWith("SYS") ? v.substring(3) : "";
        try {
            if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
                throw new NumberFormatException();
            }
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            problems.at(f.get(), Severity.ERROR, ScatterCodes.BAD_INDEX,
                    "partition_index '" + Numbers.shorten(v) + "' is not SYS followed by a number", who);
            return position;
        }
    }

    private OperationType operation(FieldBlock b, String who) {
        Optional<Field> f = b.field("operation_type");
        if (f.isEmpty()) {
            return OperationType.UPDATE;
        }
        OperationType op = OperationType.parse(f.get().value());
        if (op == OperationType.UNKNOWN) {
            problems.at(f.get(), Severity.WARNING, ScatterCodes.UNKNOWN_VALUE,
                    "operation_type '" + Numbers.shorten(f.get().value().strip()) + "' is not known", who);
        }
        return op;
    }

    private long required(FieldBlock b, String key, String who) {
        Optional<Field> f = b.field(key);
        if (f.isEmpty()) {
            problems.at(b, Severity.ERROR, ScatterCodes.MISSING_FIELD, "partition has no " + key, who);
            return 0;
        }
        return problems.number(f.get(), 0, who);
    }

    /**
     * MBR-era files (SCATTER-FORMATS §2.4) sometimes leave physical_start_addr 0 everywhere: then a
     * user-area partition's offset is its linear address minus the boot window ahead of it.
     */
    private static void derivePhysicalFromLinear(List<Partition> parts, List<Raw> raws) {
        boolean allZero = true;
        boolean anyLinear = false;
        long window = -1;
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (p.isEndRelative()) {
                continue;
            }
            allZero &= raws.get(i).physical == 0;
            anyLinear |= p.linearStart().orElse(0L) != 0;
            if (p.region().isBootArea()) {
                long end = p.linearStart().orElse(0L) + p.size();
                window = Math.max(window, end < 0 ? -1 : end);
            }
        }
        if (!allZero || !anyLinear || window <= 0) {
            return;
        }
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            if (!p.isEndRelative() && !p.region().isBootArea() && p.linearStart().orElse(0L) >= window) {
                parts.set(i, p.withStart(p.linearStart().get() - window));
            }
        }
    }

    /** WwR-style files resolve reservations next to their code: that reveals where the region ends. */
    private static Map<Region, Long> regionSizesFromResolvedReservations(List<Partition> parts, List<Raw> raws,
            long blockSize) {
        Map<Region, Long> sizes = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            Raw r = raws.get(i);
            if (p.isEndRelative() && r.physicalResolved && blockSize > 0) {
                long blocks = p.endRelativeBlocks().get();
                try {
                    long distance = blocks == 0 ? p.size() : Math.multiplyExact(blocks, blockSize);
                    sizes.putIfAbsent(p.region(), Math.addExact(r.physical, distance));
                } catch (ArithmeticException e) {
                    // an absurd value: the validator reports the partition, the region stays unknown
                }
            }
        }
        return sizes;
    }

    /** Places unresolved reservations from the end of a region whose size is known; else leaves 0. */
    private static void placeEndRelative(List<Partition> parts, List<Raw> raws, long blockSize,
            Map<Region, Long> regionSizes) {
        for (int i = 0; i < parts.size(); i++) {
            Partition p = parts.get(i);
            Long end = regionSizes.get(p.region());
            if (!p.isEndRelative() || raws.get(i).physicalResolved || end == null) {
                continue;
            }
            long blocks = p.endRelativeBlocks().get();
            try {
                long distance = blocks == 0 ? p.size() : Math.multiplyExact(blocks, blockSize);
                if (distance <= end) {
                    parts.set(i, p.withStart(end - distance));
                }
            } catch (ArithmeticException e) {
                // an absurd block size: the reservation stays unplaced (start 0, end-relative)
            }
        }
    }
}
