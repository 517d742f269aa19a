package org.scatterbench.emulator.testhost;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the system tools some tests use (socat, sgdisk, sfdisk); those tests are skipped without them. */
public final class SystemTools {

    private SystemTools() {
    }

    /** The tool's path, searching PATH and the sbin directories, or null. */
    public static String find(String tool) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin:/usr/bin:/bin";
        for (String d : path.split(":")) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, tool))) {
                return Path.of(d, tool).toString();
            }
        }
        return null;
    }

    public static boolean installed(String tool) {
        return find(tool) != null;
    }
}
