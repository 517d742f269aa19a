package org.scatterbench.scatter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Builds small V1.1.2 scatter texts for crafted-input tests. */
final class V1Text {

    private final List<String> blocks = new ArrayList<>();
    private String headerExtra = "";

    static V1Text create() {
        return new V1Text();
    }

    V1Text header(String extraLines) {
        headerExtra = extraLines;
        return this;
    }

    /** Adds a partition; {@code extra} lines (each ending in \n) replace or add fields. */
    V1Text part(String name, long start, long size, String extra) {
        int i = blocks.size();
        StringBuilder sb = new StringBuilder();
        sb.append("- partition_index: SYS").append(i).append('\n');
        sb.append("  partition_name: ").append(name).append('\n');
        sb.append("  file_name: ").append(name).append(".img\n");
        sb.append("  is_download: true\n");
        sb.append("  type: NORMAL_ROM\n");
        sb.append("  linear_start_addr: 0x").append(Long.toHexString(start)).append('\n');
        sb.append("  physical_start_addr: 0x").append(Long.toHexString(start)).append('\n');
        sb.append("  partition_size: 0x").append(Long.toHexString(size)).append('\n');
        sb.append("  region: EMMC_USER\n");
        sb.append("  storage: HW_STORAGE_EMMC\n");
        sb.append("  boundary_check: true\n");
        sb.append("  is_reserved: false\n");
        sb.append("  operation_type: UPDATE\n");
        sb.append("  reserve: 0x00\n");
        String block = sb.toString();
        for (String line : extra.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String key = line.strip().split(":")[0];
            String marker = "  " + key + ":";
            int at = block.indexOf(marker);
            if (at >= 0) {
                int end = block.indexOf('\n', at);
                block = block.substring(0, at) + line + block.substring(end);
            } else {
                block = block + line + "\n";
            }
        }
        blocks.add(block);
        return this;
    }

    String text() {
        StringBuilder sb = new StringBuilder();
        sb.append("#\n#  General Setting\n#\n");
        sb.append("- general: MTK_PLATFORM_CFG\n  info: \n    - config_version: V1.1.2\n      platform: MT6765\n");
        sb.append("      project: test\n      storage: EMMC\n      boot_channel: MSDC_0\n      block_size: 0x20000\n");
        sb.append(headerExtra);
        sb.append("#\n#  Layout Setting\n#\n");
        for (String b : blocks) {
            sb.append(b).append('\n');
        }
        return sb.toString();
    }

    byte[] bytes() {
        return text().getBytes(StandardCharsets.UTF_8);
    }

    ScatterDocument doc() throws ScatterReadException {
        return ScatterFiles.parse("crafted.txt", bytes());
    }

    /** A valid three-partition layout to start from. */
    static V1Text base() {
        return create().part("pgpt", 0, 0x8000, "").part("boot", 0x8000, 0x1000000, "")
                .part("userdata", 0x1008000, 0x10000000, "");
    }
}
