package org.scatterbench.model;

import java.util.Locale;
import java.util.Map;

/**
 * Partition names across generations. The MBR-era upper-case names and the GPT-era lower-case
 * names of the same partition resolve to one canonical (GPT-era) name, so layouts of different
 * generations can be compared by name.
 */
public final class PartitionNames {

    public static final String NO_DOWNLOAD_PREFIX = "__NODL_";
    public static final String RESERVED_PREFIX = "RSV_";

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("android", "system"),
            Map.entry("usrdata", "userdata"),
            Map.entry("uboot", "lk"),
            Map.entry("bootimg", "boot"),
            Map.entry("sec_ro", "secro"),
            Map.entry("pro_info", "proinfo"),
            Map.entry("protect_f", "protect1"),
            Map.entry("protect_s", "protect2"));

    private PartitionNames() {
    }

    /** Removes any {@code __NODL_} and {@code RSV_} prefixes, in either order. */
    public static String stripPrefixes(String name) {
        String n = name;
        boolean changed = true;
        while (changed) {
            changed = false;
            if (n.startsWith(NO_DOWNLOAD_PREFIX)) {
                n = n.substring(NO_DOWNLOAD_PREFIX.length());
                changed = true;
            }
            if (n.startsWith(RESERVED_PREFIX)) {
                n = n.substring(RESERVED_PREFIX.length());
                changed = true;
            }
        }
        return n;
    }

    /** The lower-case, alias-resolved name: {@code __NODL_ANDROID} and {@code system} give {@code system}. */
    public static String canonical(String name) {
        String base = stripPrefixes(name).toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(base, base);
    }

    /** True when both names denote the same partition. */
    public static boolean sameName(String a, String b) {
        return canonical(a).equals(canonical(b));
    }
}
