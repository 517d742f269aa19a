package org.scatterbench.cli.flash;

import java.util.Locale;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

/**
 * Writes a GPT-era scatter (config V1.1.2, the generation SP Flash Tool reads for MT67xx) for a
 * layout. Only what a partition table knows is filled in; images are not named.
 */
final class ScatterText {

    private ScatterText() {
    }

    static String header(String platform, String project, String storage, long blockSize) {
        return "- general: MTK_PLATFORM_CFG\n  info: \n    - config_version: V1.1.2\n      platform: " + platform + "\n"
                + "      project: " + project + "\n      storage: " + storage + "\n      boot_channel: MSDC_0\n"
                + String.format("      block_size: 0x%x%n", blockSize);
    }

    static String entry(int index, String name, String file, String type, long start, long size, String region,
            String operation, boolean download, boolean upgradable) {
        return String.format("- partition_index: SYS%d%n  partition_name: %s%n  file_name: %s%n  is_download: %s%n"
                + "  type: %s%n  linear_start_addr: 0x%x%n  physical_start_addr: 0x%x%n  partition_size: 0x%x%n"
                + "  region: %s%n  storage: HW_STORAGE_EMMC%n  boundary_check: true%n  is_reserved: false%n"
                + "  operation_type: %s%n  is_upgradable: %s%n  empty_boot_needed: false%n  reserve: 0x00%n%n",
                index, name, file, download, type, start, start, size, region, operation, upgradable);
    }

    /** The device's layout: a preloader entry for the boot area, then every partition of its table. */
    static String of(Layout l, long bootSize) {
        StringBuilder sb = new StringBuilder(header(l.platform(), "from_device", l.storage().name(),
                l.blockSize() > 0 ? l.blockSize() : 0x20000));
        int i = 0;
        sb.append(entry(i++, "preloader", "NONE", "SV5_BL_BIN", 0, bootSize, "EMMC_BOOT1_BOOT2", "BOOTLOADERS", false,
                true));
        for (Partition p : l.partitions()) {
            sb.append(entry(i++, p.name(), "NONE", "NORMAL_ROM", p.start(), p.size(),
                    p.region().name().toUpperCase(Locale.ROOT), "UPDATE", false, true));
        }
        return sb.toString();
    }
}
