package org.scatterbench.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A hardware area of the storage that has its own address space: an eMMC boot partition, the
 * eMMC user area, a UFS logical unit. Addresses of partitions are offsets inside their region.
 *
 * <p>Regions are values keyed by a canonical name; the scatter spellings ({@code EMMC_BOOT_1},
 * {@code EMMC_BOOT1}) map to one canonical region. {@code EMMC_BOOT1_BOOT2} is kept as its own
 * value because it means "written to both boot areas".
 */
public final class Region {

    public static final Region EMMC_BOOT1 = new Region("EMMC_BOOT1");
    public static final Region EMMC_BOOT2 = new Region("EMMC_BOOT2");
    public static final Region EMMC_BOOT1_BOOT2 = new Region("EMMC_BOOT1_BOOT2");
    public static final Region EMMC_USER = new Region("EMMC_USER");
    public static final Region EMMC_RPMB = new Region("EMMC_RPMB");
    /** The single address space of NAND/NOR storage (scatter {@code region: NONE}). */
    public static final Region NONE = new Region("NONE");

    private final String name;

    private Region(String name) {
        this.name = name;
    }

    /** Parses a scatter or DA region name; any unknown name becomes its own region. */
    public static Region parse(String text) {
        Objects.requireNonNull(text, "region");
        String t = text.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "EMMC_BOOT_1":
            case "EMMC_BOOT1":
                return EMMC_BOOT1;
            case "EMMC_BOOT_2":
            case "EMMC_BOOT2":
                return EMMC_BOOT2;
            case "EMMC_BOOT1_BOOT2":
                return EMMC_BOOT1_BOOT2;
            case "EMMC_USER":
                return EMMC_USER;
            case "EMMC_RPMB":
                return EMMC_RPMB;
            case "NONE":
            case "":
                return NONE;
            default:
                return new Region(t);
        }
    }

    public String name() {
        return name;
    }

    /** True for areas that hold the boot loader rather than partitions of the OS. */
    public boolean isBootArea() {
        return this.equals(EMMC_BOOT1) || this.equals(EMMC_BOOT2) || this.equals(EMMC_BOOT1_BOOT2)
                || name.equals("UFS_LU0") || name.equals("UFS_LU1") || name.equals("UFS_LU0_LU1");
    }

    /** True for the area that holds the partition table and the OS partitions. */
    public boolean isUserArea() {
        return this.equals(EMMC_USER) || this.equals(NONE) || name.equals("UFS_LU2");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Region && ((Region) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
