package org.scatterbench.cli.flash;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterConversionException;
import org.scatterbench.scatter.ScatterConverter;

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
        List<Partition> parts = new ArrayList<>();
        parts.add(Partition.builder("preloader").region(Region.EMMC_BOOT1_BOOT2).size(0x40000)
                .fileName("preloader_demo.bin").type("SV5_BL_BIN").operation(OperationType.BOOTLOADERS).build());
        long at = 0;
        for (int i = 0; i < PARTITIONS.length; i++) {
            Object[] p = PARTITIONS[i];
            long size = (Long) p[3];
            String file = (String) p[1];
            boolean image = !file.equals("NONE");
            parts.add(Partition.builder((String) p[0]).start(at).size(size).fileName(image ? file : null)
                    .downloadable(image).type((String) p[2]).operation(OperationType.parse((String) p[4]))
                    .upgradable((Boolean) p[5]).build());
            at += size;
            at = i == 0 ? 0x100000 : at; // partitions start 1 MiB in, after the primary GPT
        }
        Layout demo = new Layout("demo", "MT6765", Storage.EMMC, 0x20000, parts, java.util.Map.of());
        try {
            return new String(ScatterConverter.fromLayout(demo, "scatterbench_demo").toBytes(), StandardCharsets.UTF_8);
        } catch (ScatterConversionException e) {
            throw new IllegalStateException("the demo layout cannot be written as a scatter", e);
        }
    }

}
