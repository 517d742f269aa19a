package org.scatterbench.scatter.mapping;

import java.util.Locale;

/** Exact parsing of the numbers and booleans scatter files write. */
public final class Numbers {

    /** The end-relative reservation code {@code 0xFFFFnnnn} (high 16 of 32 bits all ones). */
    private static final long END_RELATIVE_MASK = 0xFFFF0000L;

    private Numbers() {
    }

    /**
     * Parses {@code 0x}-prefixed hex (any case) or plain decimal into a non-negative 64-bit value.
     *
     * @throws NumberFormatException with a plain-language message for anything else or for a value
     *         that does not fit in 63 bits
     */
    public static long parse(String text) {
        String t = text.strip();
        boolean hex = t.length() > 2 && (t.startsWith("0x") || t.startsWith("0X"));
        String digits = hex ? t.substring(2) : t;
        int radix = hex ? 16 : 10;
        if (digits.isEmpty()) {
            throw new NumberFormatException("'" + shorten(text) + "' is not a number");
        }
        long v = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = Character.digit(digits.charAt(i), radix);
            if (d < 0) {
                throw new NumberFormatException("'" + shorten(text) + "' is not a " + (hex ? "hex" : "decimal")
                        + " number (write addresses and sizes as 0x...)");
            }
            try {
                v = Math.addExact(Math.multiplyExact(v, radix), d);
            } catch (ArithmeticException e) {
                throw new NumberFormatException("'" + shorten(text) + "' is larger than any storage (above 2^63)");
            }
        }
        return v;
    }

    /** True for {@code 0xFFFFnnnn}: an end-relative reservation code rather than an address. */
    public static boolean isEndRelativeCode(long v) {
        return v >= 0 && v <= 0xFFFFFFFFL && (v & END_RELATIVE_MASK) == END_RELATIVE_MASK;
    }

    public static long endRelativeBlocks(long code) {
        return code & 0xFFFFL;
    }

    /**
     * Parses {@code true}/{@code false} in any case.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static boolean parseBoolean(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("true")) {
            return true;
        }
        if (t.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException("'" + shorten(text) + "' is not true or false");
    }

    /** A value cut to a length fit for a message. */
    public static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** {@code 0x1A2B} in upper-case hex, the way users compare addresses. */
    public static String hex(long v) {
        return "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT);
    }
}
