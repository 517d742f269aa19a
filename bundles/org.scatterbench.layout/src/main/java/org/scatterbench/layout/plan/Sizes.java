package org.scatterbench.layout.plan;

/** Byte counts the way the explanations print them: hex for addresses, binary units for humans. */
final class Sizes {

    private static final String[] UNITS = { "bytes", "KiB", "MiB", "GiB", "TiB" };

    private Sizes() {
    }

    static String hex(long v) {
        return String.format("0x%X", v);
    }

    /** 268435456 gives "256 MiB"; values that are not whole units keep one decimal. */
    static String human(long v) {
        long a = Math.abs(v);
        int u = 0;
        double d = a;
        while (d >= 1024 && u < UNITS.length - 1) {
            d /= 1024;
            u++;
        }
        String num = d == Math.rint(d) ? String.valueOf((long) d) : String.format("%.1f", d);
        return (v < 0 ? "-" : "") + num + " " + UNITS[u];
    }

    /** A signed difference: "+256 MiB", "-4 KiB". */
    static String delta(long v) {
        return (v >= 0 ? "+" : "") + human(v);
    }
}
