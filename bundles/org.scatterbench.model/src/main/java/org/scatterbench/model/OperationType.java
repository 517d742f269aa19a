package org.scatterbench.model;

import java.util.Locale;

/** How SP Flash Tool treats a partition in each download mode (scatter {@code operation_type}). */
public enum OperationType {
    UPDATE, INVISIBLE, PROTECTED, RESERVED, BOOTLOADERS, BINREGION, NEEDRESIZE, UNKNOWN;

    /** Parses a scatter value; the singular {@code BOOTLOADER} is read as BOOTLOADERS. */
    public static OperationType parse(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("BOOTLOADER")) {
            return BOOTLOADERS;
        }
        for (OperationType o : values()) {
            if (o.name().equals(t)) {
                return o;
            }
        }
        return UNKNOWN;
    }
}
