package org.scatterbench.cli.device;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.transport.PortInfo;

/** The plain-text table of {@code device list}: aligned columns, notes indented under their port. */
final class PortTable {

    private static final String[] HEADER = { "PORT", "DRIVER", "USB ID", "MODE", "SERIAL", "DESCRIPTION" };

    private PortTable() {
    }

    static void print(List<PortInfo> ports, PrintWriter out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PortInfo p : ports) {
            rows.add(new String[] { p.portSpec(), p.driverId(), p.usbId(), p.mode(), p.serial(), p.description() });
        }
        int[] widths = new int[HEADER.length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                widths[i] = Math.max(widths[i], r[i].length());
            }
        }
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.length; i++) {
                line.append(i == r.length - 1 ? r[i] : pad(r[i], widths[i] + 2));
            }
            out.println(line.toString().stripTrailing());
            if (k > 0 && !ports.get(k - 1).note().isEmpty()) {
                out.println("    note: " + ports.get(k - 1).note());
            }
        }
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
