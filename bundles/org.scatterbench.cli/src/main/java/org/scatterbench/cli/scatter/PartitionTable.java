package org.scatterbench.cli.scatter;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.model.Partition;

/** A plain-text partition table with columns sized to their content. */
final class PartitionTable {

    private static final String[] HEADINGS = { "#", "name", "region", "start", "size", "", "dl", "file" };

    private PartitionTable() {
    }

    static void print(List<Partition> partitions, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (Partition p : partitions) {
            String start = p.isEndRelative() ? "end-" + p.endRelativeBlocks().get() + " blk" : SizeText.hex(p.start());
            rows.add(new String[] { Integer.toString(p.index()), p.name(), p.region().name(), start,
                    SizeText.hex(p.size()), SizeText.human(p.size()), p.downloadable() ? "yes" : "no",
                    p.fileName().orElse("-") });
        }
        int[] width = new int[HEADINGS.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                width[i] = Math.max(width[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                boolean right = i == 0 || i == 3 || i == 4 || i == 5;
                String cell = right ? pad(r[i], width[i], true) : pad(r[i], width[i], false);
                sb.append(cell).append(i == r.length - 1 ? "" : "  ");
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String pad(String s, int w, boolean left) {
        StringBuilder sb = new StringBuilder();
        if (!left) {
            sb.append(s);
        }
        for (int i = s.length(); i < w; i++) {
            sb.append(' ');
        }
        if (left) {
            sb.append(s);
        }
        return sb.toString();
    }
}
