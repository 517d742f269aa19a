package org.scatterbench.scatter.bench;

import java.nio.charset.StandardCharsets;

/** A V1.1.2 scatter with any number of contiguous partitions, for measurements. */
public final class SyntheticScatter {

    private SyntheticScatter() {
    }

    public static byte[] v1(int partitions) {
        StringBuilder sb = new StringBuilder(partitions * 420);
        sb.append("#\n#  General Setting\n#\n- general: MTK_PLATFORM_CFG\n  info: \n    - config_version: V1.1.2\n")
                .append("      platform: MT6765\n      project: synthetic\n      storage: EMMC\n")
                .append("      boot_channel: MSDC_0\n      block_size: 0x20000\n#\n#  Layout Setting\n#\n");
        long start = 0;
        for (int i = 0; i < partitions; i++) {
            long size = 0x100000L * (1 + i % 7);
            sb.append("- partition_index: SYS").append(i).append('\n')
                    .append("  partition_name: part").append(i).append('\n')
                    .append("  file_name: part").append(i).append(".img\n")
                    .append("  is_download: true\n  type: NORMAL_ROM\n")
                    .append("  linear_start_addr: 0x").append(Long.toHexString(start)).append('\n')
                    .append("  physical_start_addr: 0x").append(Long.toHexString(start)).append('\n')
                    .append("  partition_size: 0x").append(Long.toHexString(size)).append('\n')
                    .append("  region: EMMC_USER\n  storage: HW_STORAGE_EMMC\n  boundary_check: true\n")
                    .append("  is_reserved: false\n  operation_type: UPDATE\n  is_upgradable: true\n")
                    .append("  empty_boot_needed: false\n  reserve: 0x00\n\n");
            start += size;
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
