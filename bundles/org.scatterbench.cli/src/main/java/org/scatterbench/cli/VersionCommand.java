package org.scatterbench.cli;

import java.io.IOException;
import java.io.InputStream;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** {@code scatterbench version}: the product version and the Java runtime it runs on. */
@Command(name = "version", mixinStandardHelpOptions = true, versionProvider = VersionCommand.Provider.class,
        description = "Print the Scatterbench version and the Java runtime.")
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

    /** The version of this bundle's manifest (in OSGi or from a jar); "dev" when run from classes. */
    static String productVersion() {
        try {
            java.util.Enumeration<java.net.URL> urls = VersionCommand.class.getClassLoader()
                    .getResources("META-INF/MANIFEST.MF");
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    java.util.jar.Attributes a = new java.util.jar.Manifest(in).getMainAttributes();
                    String bsn = a.getValue("Bundle-SymbolicName");
                    if (bsn != null && bsn.startsWith("org.scatterbench.cli")) {
                        return a.getValue("Bundle-Version");
                    }
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
