package org.scatterbench.model;

import java.util.Locale;

/** The kind of flash memory a layout describes. */
public enum Storage {
    EMMC, UFS, NAND, NOR, SDMMC, UNKNOWN;

    /**
     * Parses the spellings used in scatter files and by the DA: {@code EMMC},
     * {@code HW_STORAGE_EMMC}, {@code UFS}, ... Unknown text maps to {@link #UNKNOWN}.
     */
    public static Storage parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.startsWith("HW_STORAGE_")) {
            t = t.substring("HW_STORAGE_".length());
        }
        for (Storage s : values()) {
            if (s.name().equals(t)) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
