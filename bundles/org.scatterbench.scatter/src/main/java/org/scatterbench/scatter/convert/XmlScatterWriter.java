package org.scatterbench.scatter.convert;

import java.util.List;

import org.scatterbench.scatter.ScatterConversionException;
import org.scatterbench.scatter.syntax.XmlEntities;

/** Writes the XML scatter: V1-style (partitions under the root) or V2-style (storage_type sections). */
public final class XmlScatterWriter {

    private final String eol;
    private final StringBuilder sb = new StringBuilder();

    public XmlScatterWriter(String eol) {
        this.eol = eol;
    }

    public String write(FieldModel m, String version, boolean v2Style) throws ScatterConversionException {
        line(0, "<?xml version=\"1.0\" encoding=\"utf-8\"?>");
        line(0, "");
        line(0, "<root>");
        line(1, "<general name=\"MTK_PLATFORM_CFG\">");
        line(2, "<config_version name=\"" + attr(version) + "\">");
        leaves(3, m.platformEntries(), "header");
        if (!v2Style) {
            leaves(3, m.storageEntries(m.sections().get(0)), "header");
        }
        line(2, "</config_version>");
        line(1, "</general>");
        for (FieldModel.SectionModel s : m.sections()) {
            int depth = 1;
            if (v2Style) {
                List<Entry> h = m.storageEntries(s);
                line(1, "<storage_type name=\"" + attr(s.storage().name()) + "\">");
                line(2, "<general name=\"MTK_STORAGE_CFG\">");
                line(3, "<storage name=\"" + attr(FieldModel.value(h, "storage").orElse(s.storage().name())) + "\">");
                leaves(4, h.stream().filter(e -> !e.key().equals("storage")).toList(), s.storage() + " section");
                line(3, "</storage>");
                line(2, "</general>");
                depth = 2;
            }
            int position = 0;
            for (List<Entry> p : s.partitions()) {
                String index = FieldModel.value(p, "partition_index").orElse("SYS" + position);
                line(depth, "<partition_index name=\"" + attr(index) + "\">");
                leaves(depth + 1, p.stream().filter(e -> !e.key().equals("partition_index")).toList(),
                        "partition '" + TextScatterWriter.partitionName(p) + "'");
                line(depth, "</partition_index>");
                position++;
            }
            if (v2Style) {
                line(1, "</storage_type>");
            }
        }
        line(0, "</root>");
        return sb.toString();
    }

    private void leaves(int depth, List<Entry> entries, String where) throws ScatterConversionException {
        for (Entry e : entries) {
            if (!e.key().matches("[A-Za-z_][A-Za-z0-9_.-]*")) {
                throw new ScatterConversionException(
                        "field '" + e.key() + "' of " + where + " is not a valid XML element name");
            }
            line(depth, "<" + e.key() + ">" + XmlEntities.encode(e.value(), false) + "</" + e.key() + ">");
        }
    }

    private static String attr(String v) {
        return XmlEntities.encode(v, true);
    }

    private void line(int depth, String s) {
        sb.append("  ".repeat(depth)).append(s).append(eol);
    }
}
