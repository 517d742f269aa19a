package org.scatterbench.layout.table;

import java.util.regex.Pattern;

import org.scatterbench.model.Partition;

/**
 * Recognises the layout entries that are partition tables rather than partitions: a scatter lists
 * {@code pgpt}, {@code sgpt}, {@code MBR}, {@code EBR1..n} and {@code __NODL_PMT} next to real
 * partitions, but they are rewritten as tables, never as partitions.
 */
public final class TableEntries {

    private static final Pattern NAMES = Pattern.compile("pgpt|sgpt|gpt|mbr|ebr\\d+|pmt");
    private static final Pattern EBR = Pattern.compile("ebr\\d+");

    private TableEntries() {
    }

    public static boolean isTable(Partition p) {
        return isTableName(p.canonicalName());
    }

    public static boolean isTableName(String canonicalName) {
        return NAMES.matcher(canonicalName).matches();
    }

    public static boolean isMbrOrEbr(Partition p) {
        String c = p.canonicalName();
        return c.equals("mbr") || EBR.matcher(c).matches();
    }

    public static boolean isEbr(Partition p) {
        return EBR.matcher(p.canonicalName()).matches();
    }

    /** The table scheme a layout carries, judged from its entries. */
    public static TableKind kindOf(org.scatterbench.model.Layout layout) {
        boolean gpt = layout.partitions().stream().anyMatch(p -> p.canonicalName().equals("pgpt")
                || p.canonicalName().equals("sgpt"));
        if (gpt) {
            return TableKind.GPT;
        }
        if (layout.partitions().stream().anyMatch(p -> p.canonicalName().equals("mbr"))) {
            return TableKind.MBR_EBR;
        }
        if (layout.partitions().stream().anyMatch(p -> p.canonicalName().equals("pmt"))) {
            return TableKind.PMT;
        }
        return TableKind.NONE;
    }
}
