package org.scatterbench.cli;

import java.io.IOException;
import java.io.InputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code scatterbench version}: the product version and the Java runtime it runs on. */
@Command(name = "version", description = "Print the Scatterbench version and the Java runtime.")
public final class VersionCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        for (String line : versionLines()) {
            spec.commandLine().getOut().println(line);
        }
    }

    static String[] versionLines() {
        return new String[] { "Scatterbench " + productVersion(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch") };
    }

    /** The bundle version from the manifest when running in OSGi or from a jar; "dev" otherwise. */
    static String productVersion() {
        try (InputStream in = VersionCommand.class.getResourceAsStream("/META-INF/MANIFEST.MF")) {
            if (in != null) {
                java.util.jar.Manifest mf = new java.util.jar.Manifest(in);
                String v = mf.getMainAttributes().getValue("Bundle-Version");
                if (v != null) {
                    return v;
                }
            }
        } catch (IOException e) {
            // fall through: the version is informative only
        }
        return "dev";
    }

    /** Feeds {@code scatterbench --version}. */
    public static final class Provider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return versionLines();
        }
    }
}
