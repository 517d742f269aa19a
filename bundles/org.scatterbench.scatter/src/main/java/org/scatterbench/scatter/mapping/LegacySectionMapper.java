package org.scatterbench.scatter.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.PartitionNames;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;
import org.scatterbench.scatter.syntax.Section;

/**
 * Meaning of the legacy brace format and the OTA list, which state only names and linear start
 * addresses. Everything else follows MediaTek's generator rules (SCATTER-FORMATS §1): a size is the
 * distance to the next start, the last partition runs to the end of the storage (size 0 here:
 * unknown), {@code __NODL_} means not downloadable, {@code 0xFFFFnnnn} is a reservation of n erase
 * blocks at the end of the flash. eMMC files (with MBR/EBR or pgpt) put the preloader in the boot
 * area and count user-area offsets from the first partition table.
 */
final class LegacySectionMapper {

    /** ptgen's erase block for 2 KiB pages (64 pages); the format does not state it. */
    static final long LEGACY_BLOCK_SIZE = 0x20000;

    private static final Set<String> USER_AREA_TABLES = Set.of("mbr", "pgpt");
    private static final Set<String> BOOT_PARTITIONS = Set.of("preloader", "dsp_bl");
    private static final Set<String> PROTECTED = Set.of("proinfo", "protect1", "protect2", "persist");

    private final String source;
    private final String platform;
    private final Problems problems;

    LegacySectionMapper(String source, String platform, Problems problems) {
        this.source = source;
        this.platform = platform;
        this.problems = problems;
    }

    MappedSection map(Section section) {
        List<FieldBlock> blocks = section.partitions();
        int n = blocks.size();
        String[] names = new String[n];
        long[] linear = new long[n];
        boolean[] endRelative = new boolean[n];
        int firstTable = -1;
        for (int i = 0; i < n; i++) {
            FieldBlock b = blocks.get(i);
            names[i] = b.value("partition_name").orElse("");
            Field addr = b.field("linear_start_addr").orElseThrow();
            linear[i] = problems.number(addr, 0, names[i]);
            endRelative[i] = Numbers.isEndRelativeCode(linear[i]);
            if (firstTable < 0 && USER_AREA_TABLES.contains(PartitionNames.canonical(names[i]))) {
                firstTable = i;
            }
        }
        Storage storage = firstTable >= 0 ? Storage.EMMC : Storage.NAND;
        long window = firstTable >= 0 ? linear[firstTable] : 0;
        List<Partition> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String canonical = PartitionNames.canonical(names[i]);
            boolean downloadable = !names[i].startsWith(PartitionNames.NO_DOWNLOAD_PREFIX);
            Partition.Builder p = Partition.builder(names[i]).index(i).storage(storage).downloadable(downloadable)
                    .upgradable(downloadable).fileName(null);
            if (endRelative[i]) {
                long blocksCount = Numbers.endRelativeBlocks(linear[i]);
                p.linearStart(null).endRelativeBlocks(blocksCount).reserved(true).boundaryCheck(false)
                        .operation(OperationType.RESERVED).type("NONE")
                        .region(storage == Storage.EMMC ? Region.EMMC_USER : Region.NONE)
                        .size(blocksCount * LEGACY_BLOCK_SIZE);
            } else {
                boolean boot = storage == Storage.EMMC && BOOT_PARTITIONS.contains(canonical)
                        && (firstTable < 0 || i < firstTable);
                Region region = storage == Storage.NAND ? Region.NONE : boot ? Region.EMMC_BOOT1 : Region.EMMC_USER;
                long start = boot || storage == Storage.NAND ? linear[i] : linear[i] - window;
                if (start < 0) {
                    start = 0;
                }
                OperationType op = operation(canonical, downloadable);
                p.linearStart(linear[i]).region(region).start(start).size(impliedSize(i, linear, endRelative))
                        .reserved(names[i].contains(PartitionNames.RESERVED_PREFIX)).operation(op)
                        .type(op == OperationType.BOOTLOADERS ? "SV5_BL_BIN" : downloadable ? "NORMAL_ROM" : "NONE");
            }
            parts.add(p.build());
        }
        Layout layout = new Layout(source, platform, storage, LEGACY_BLOCK_SIZE, parts, Map.of());
        return new MappedSection(section, layout);
    }

    /** The distance to the next ordinary entry; 0 (unknown) for the last one or when not ascending. */
    private static long impliedSize(int i, long[] linear, boolean[] endRelative) {
        for (int j = i + 1; j < linear.length; j++) {
            if (!endRelative[j]) {
                return linear[j] > linear[i] ? linear[j] - linear[i] : 0;
            }
        }
        return 0;
    }

    private static OperationType operation(String canonical, boolean downloadable) {
        if (BOOT_PARTITIONS.contains(canonical)) {
            return OperationType.BOOTLOADERS;
        }
        if (PROTECTED.contains(canonical)) {
            return OperationType.PROTECTED;
        }
        if (canonical.equals("nvram")) {
            return OperationType.BINREGION;
        }
        return downloadable ? OperationType.UPDATE : OperationType.INVISIBLE;
    }
}
