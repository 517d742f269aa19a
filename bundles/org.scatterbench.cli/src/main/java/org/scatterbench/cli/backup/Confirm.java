package org.scatterbench.cli.backup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/** A yes/no question on the console; anything but y/yes (or no console input) is a no. */
final class Confirm {

    private Confirm() {
    }

    static boolean ask(PrintWriter out, String question) {
        out.print(question + " [y/N] ");
        out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line != null && Set.of("y", "yes").contains(line.trim().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }
}
