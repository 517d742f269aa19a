package org.scatterbench.cli.flash;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo's phone: a small MT6765 eMMC layout in scatter V1.1.2 form, so the demo needs no files
 * from anywhere. Calibration and user data partitions are protected; lk, boot, recovery, logo and
 * system are what an upgrade changes.
 */
final class DemoScatter {

    /** name, file (or NONE), type, size, operation type, upgradable. */
    private static final Object[][] PARTITIONS = {
            { "pgpt", "NONE", "NORMAL_ROM", 0x8000L, "INVISIBLE", false },
            { "proinfo", "NONE", "NORMAL_ROM", 0x300000L, "PROTECTED", false },
            { "nvram", "NONE", "NORMAL_ROM", 0x500000L, "BINREGION", false },
            { "protect1", "NONE", "EXT4_IMG", 0x800000L, "PROTECTED", false },
            { "protect2", "NONE", "EXT4_IMG", 0x800000L, "PROTECTED", false },
            { "nvdata", "NONE", "EXT4_IMG", 0x2000000L, "PROTECTED", false },
            { "lk", "lk.img", "NORMAL_ROM", 0x100000L, "UPDATE", true },
            { "boot", "boot.img", "NORMAL_ROM", 0x2000000L, "UPDATE", true },
            { "recovery", "recovery.img", "NORMAL_ROM", 0x2000000L, "UPDATE", true },
            { "logo", "logo.bin", "NORMAL_ROM", 0x800000L, "UPDATE", true },
            { "system", "system.img", "EXT4_IMG", 0x4000000L, "UPDATE", true },
            { "cache", "cache.img", "EXT4_IMG", 0x1000000L, "UPDATE", false },
            { "userdata", "userdata.img", "EXT4_IMG", 0x4000000L, "UPDATE", false } };

    private DemoScatter() {
    }

    static String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(ScatterText.header("MT6765", "scatterbench_demo", "EMMC", 0x20000));
        List<String> entries = new ArrayList<>();
        entries.add(ScatterText.entry(0, "preloader", "preloader_demo.bin", "SV5_BL_BIN", 0, 0x40000, "EMMC_BOOT1_BOOT2",
                "BOOTLOADERS", true, true));
        long at = 0;
        for (int i = 0; i < PARTITIONS.length; i++) {
            Object[] p = PARTITIONS[i];
            long size = (Long) p[3];
            String file = (String) p[1];
            entries.add(ScatterText.entry(i + 1, (String) p[0], file, (String) p[2], at, size, "EMMC_USER", (String) p[4],
                    !file.equals("NONE"), (Boolean) p[5]));
            at += size;
            at = i == 0 ? 0x100000 : at; // partitions start 1 MiB in, after the primary GPT
        }
        for (String e : entries) {
            sb.append(e);
        }
        return sb.toString();
    }

}
