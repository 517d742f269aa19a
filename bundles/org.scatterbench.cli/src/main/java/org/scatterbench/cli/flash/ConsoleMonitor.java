package org.scatterbench.cli.flash;

import java.io.PrintWriter;

import org.eclipse.core.runtime.NullProgressMonitor;

/** Prints task and step names, so a long flash shows where it is; the work ticks stay silent. */
final class ConsoleMonitor extends NullProgressMonitor {

    private final PrintWriter out;
    private String last = "";

    ConsoleMonitor(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void beginTask(String name, int totalWork) {
        show(name);
    }

    @Override
    public void subTask(String name) {
        show(name);
    }

    private void show(String name) {
        if (name != null && !name.isBlank() && !name.equals(last)) {
            out.println("  " + name + " ...");
            out.flush();
            last = name;
        }
    }
}
