package org.scatterbench.layout.diff;

import java.util.Locale;

/** What a compared entry is; only PARTITION entries can be added, removed or move the layout. */
public enum EntryKind {
    /** An ordinary partition of the user area. */
    PARTITION,
    /** A partition table (pgpt, sgpt, MBR, EBRn, PMT): rewritten as a table, never as a partition. */
    TABLE,
    /** An entry of a boot area (preloader): a device table does not list it. */
    BOOT_AREA,
    /** A reservation placed relative to the end of the storage (otp, flashinfo, BMTPOOL). */
    END_RELATIVE;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
