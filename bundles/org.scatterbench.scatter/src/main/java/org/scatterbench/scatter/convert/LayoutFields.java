package org.scatterbench.scatter.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * A {@link Layout} as the fields of a GPT-era V1.x scatter (the field set of V1.1.2 and later):
 * what a layout that came from a device table, a backup or code needs in order to become a file
 * SP Flash Tool and Scatterbench read.
 */
public final class LayoutFields {

    private LayoutFields() {
    }

    public static FieldModel of(Layout layout, String project) {
        Storage storage = layout.storage() == Storage.UNKNOWN ? Storage.EMMC : layout.storage();
        List<Entry> header = List.of(new Entry("platform", layout.platform().isBlank() ? "MTK" : layout.platform()),
                new Entry("project", project), new Entry("storage", storage.name()),
                new Entry("boot_channel", storage == Storage.UFS ? "UFSHCI_0" : "MSDC_0"),
                new Entry("block_size", hex(layout.blockSize() > 0 ? layout.blockSize() : 0x20000)));
        List<List<Entry>> partitions = new ArrayList<>();
        int index = 0;
        for (Partition p : layout.partitions()) {
            partitions.add(partition(index++, p, storage));
        }
        return new FieldModel("V1.1.2", header, List.of(new FieldModel.SectionModel(storage, List.of(), partitions)));
    }

    private static List<Entry> partition(int index, Partition p, Storage storage) {
        String linear = p.endRelativeBlocks().map(b -> hex(0xFFFF0000L | b))
                .orElse(hex(p.linearStart().orElse(p.start())));
        String physical = p.endRelativeBlocks().isPresent() ? linear : hex(p.start());
        return List.of(new Entry("partition_index", "SYS" + index), new Entry("partition_name", p.name()),
                new Entry("file_name", p.fileName().orElse("NONE")),
                new Entry("is_download", bool(p.downloadable())), new Entry("type", p.type()),
                new Entry("linear_start_addr", linear), new Entry("physical_start_addr", physical),
                new Entry("partition_size", hex(p.size())), new Entry("region", region(p.region())),
                new Entry("storage", "HW_STORAGE_" + storage.name()),
                new Entry("boundary_check", bool(p.boundaryCheck())), new Entry("is_reserved", bool(p.reserved())),
                new Entry("operation_type", p.operation().name()), new Entry("is_upgradable", bool(p.upgradable())),
                new Entry("empty_boot_needed", "false"), new Entry("reserve", "0x00"));
    }

    /** The spelling GPT-era files use for the first boot area. */
    private static String region(Region r) {
        if (r.equals(Region.EMMC_BOOT1)) {
            return "EMMC_BOOT_1";
        }
        if (r.equals(Region.EMMC_BOOT2)) {
            return "EMMC_BOOT_2";
        }
        return r.name();
    }

    private static String hex(long v) {
        return "0x" + Long.toHexString(v).toLowerCase(Locale.ROOT);
    }

    private static String bool(boolean b) {
        return Boolean.toString(b);
    }
}
