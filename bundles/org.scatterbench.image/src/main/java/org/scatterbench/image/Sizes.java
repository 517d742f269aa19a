package org.scatterbench.image;

import java.util.Locale;

/** How sizes and offsets are shown to users: exact bytes plus a MiB figure, hex for offsets. */
public final class Sizes {

    private static final double MIB = 1024.0 * 1024.0;

    private Sizes() {
    }

    /** e.g. {@code 0x1A00}. */
    public static String hex(long value) {
        return "0x" + Long.toHexString(value).toUpperCase(Locale.ROOT);
    }

    /** e.g. {@code 12.50 MiB}. */
    public static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / MIB);
    }

    /** e.g. {@code 13107200 bytes (12.50 MiB)}. */
    public static String bytesAndMib(long bytes) {
        return bytes + " bytes (" + mib(bytes) + ")";
    }
}
