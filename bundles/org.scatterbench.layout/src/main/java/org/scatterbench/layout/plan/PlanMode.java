package org.scatterbench.layout.plan;

import java.util.Locale;
import java.util.Optional;

/** What the user asked the flash to do with the data already on the device. */
public enum PlanMode {
    /** Default: write only what can be written without touching any protected range. */
    KEEP_DATA,
    /** Write the selected partitions into the device's existing layout; refuse if it differs. */
    DOWNLOAD_ONLY,
    /** Back up the calibration partitions, write the new table and images, restore them. */
    FIRMWARE_UPGRADE,
    /** Erase everything outside the boot area and write the new ROM as shipped. */
    FORMAT_ALL;

    /** The command-line and JSON spelling: {@code keep-data}, {@code firmware-upgrade}, ... */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Parses {@link #cliName()} (case-insensitive, '_' accepted for '-'). */
    public static Optional<PlanMode> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        for (PlanMode m : values()) {
            if (m.cliName().equals(t)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
