package org.scatterbench.transport.registry;

import java.util.Objects;

/**
 * A port-spec glob from a driver contribution: {@code *} matches any run of characters, everything
 * else matches itself. The registry prefers the pattern with more literal characters, so
 * {@code /dev/ttyACM*} beats {@code /*} and the choice never depends on contribution order.
 */
public record PortPattern(String glob) {

    public PortPattern {
        Objects.requireNonNull(glob, "glob");
        if (glob.isBlank()) {
            throw new IllegalArgumentException("empty port pattern");
        }
    }

    public boolean matches(String spec) {
        return spec != null && matches(glob, 0, spec, 0);
    }

    private static boolean matches(String g, int gi, String s, int si) {
        while (gi < g.length()) {
            char c = g.charAt(gi);
            if (c == '*') {
                // collapse runs of '*' and try every split point for the rest
                while (gi < g.length() && g.charAt(gi) == '*') {
                    gi++;
                }
                if (gi == g.length()) {
                    return true;
                }
                for (int k = si; k <= s.length(); k++) {
                    if (matches(g, gi, s, k)) {
                        return true;
                    }
                }
                return false;
            }
            if (si >= s.length() || s.charAt(si) != c) {
                return false;
            }
            gi++;
            si++;
        }
        return si == s.length();
    }

    /** How specific the pattern is: its number of literal characters. */
    public int specificity() {
        return (int) glob.chars().filter(ch -> ch != '*').count();
    }

    @Override
    public String toString() {
        return glob;
    }
}
