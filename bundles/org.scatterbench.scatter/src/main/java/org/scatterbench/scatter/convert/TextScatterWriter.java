package org.scatterbench.scatter.convert;

import java.util.List;

import org.scatterbench.scatter.ScatterConversionException;

/** Writes V1.x or V2.x YAML-like text the way MediaTek's generator lays it out. */
public final class TextScatterWriter {

    private static final String RULE = "#".repeat(108);

    private final String eol;
    private final StringBuilder sb = new StringBuilder();

    public TextScatterWriter(String eol) {
        this.eol = eol;
    }

    public String writeV1(FieldModel m, String version) throws ScatterConversionException {
        FieldModel.SectionModel s = m.sections().get(0);
        banner("General Setting");
        line("- general: MTK_PLATFORM_CFG");
        line("  info: ");
        entries("    - ", "      ", versionFirst(version, m.platformEntries(), m.storageEntries(s)), "header");
        banner("Layout Setting");
        for (List<Entry> p : s.partitions()) {
            entries("- ", "  ", p, partitionName(p));
            line("");
        }
        return sb.toString();
    }

    public String writeV2(FieldModel m, String version) throws ScatterConversionException {
        banner("General Setting");
        line("- general: MTK_PLATFORM_CFG");
        line("  info: ");
        entries("    - ", "      ", versionFirst(version, m.platformEntries(), List.of()), "header");
        for (FieldModel.SectionModel s : m.sections()) {
            banner(s.storage().name() + " Layout Setting");
            line("- storage_type: " + s.storage().name());
            line("  description: ");
            line("  - general: MTK_STORAGE_CFG");
            line("    info: ");
            entries("      - ", "        ", m.storageEntries(s), s.storage() + " section header");
            line("");
            for (List<Entry> p : s.partitions()) {
                entries("  - ", "    ", p, partitionName(p));
                line("");
            }
        }
        return sb.toString();
    }

    private static List<Entry> versionFirst(String version, List<Entry> a, List<Entry> b) {
        List<Entry> l = new java.util.ArrayList<>();
        l.add(new Entry("config_version", version));
        l.addAll(a);
        l.addAll(b);
        return l;
    }

    static String partitionName(List<Entry> p) {
        return FieldModel.value(p, "partition_name").orElse("(unnamed)");
    }

    private void entries(String firstPrefix, String prefix, List<Entry> entries, String where)
            throws ScatterConversionException {
        boolean first = true;
        for (Entry e : entries) {
            String v = e.value();
            if (v.contains("\n") || v.contains("\r") || v.contains(" #") || v.startsWith("#")
                    || !v.equals(v.strip())) {
                throw new ScatterConversionException("field '" + e.key() + "' of " + where + " has the value '" + v
                        + "', which the text format cannot hold (line break, '#' or surrounding blanks)");
            }
            line((first ? firstPrefix : prefix) + e.key() + ": " + v);
            first = false;
        }
    }

    private void banner(String title) {
        line(RULE);
        line("#");
        line("#  " + title);
        line("#");
        line(RULE);
    }

    private void line(String s) {
        sb.append(s).append(eol);
    }
}
