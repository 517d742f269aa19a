package org.scatterbench.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** For tests that run the CLI in a child JVM of their own (a process under test, another locale). */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** Where the CLI's classes and libraries were loaded from, then this JVM's class path (any runner). */
    public static String classpath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (String cls : new String[] { "org.scatterbench.cli.ScatterbenchCli", "org.scatterbench.emulator.VirtualPhone",
                "org.scatterbench.model.Layout", "org.scatterbench.scatter.ScatterFiles", "org.scatterbench.image.ImageFile",
                "org.scatterbench.layout.table.GptWriter", "picocli.CommandLine", "com.google.gson.Gson",
                // the command tree verifies classes that name Eclipse's progress and job types
                "org.eclipse.core.runtime.IProgressMonitor", "org.eclipse.core.runtime.jobs.Job" }) {
            try {
                var src = Class.forName(cls).getProtectionDomain().getCodeSource();
                if (src != null) {
                    entries.add(Path.of(src.getLocation().toURI()).toString());
                }
            } catch (ClassNotFoundException e) {
                // not on this runner's path under that name
            }
        }
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) {
                entries.add(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
