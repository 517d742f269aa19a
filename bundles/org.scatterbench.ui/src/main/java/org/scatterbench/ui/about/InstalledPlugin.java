package org.scatterbench.ui.about;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * One installed Scatterbench plug-in as the user should see it: name, version and a state word
 * that says plainly when a plug-in is installed but could not be resolved.
 */
public record InstalledPlugin(String symbolicName, String name, String version, String state) {

    /** Bundles whose symbolic name starts with this belong to Scatterbench. */
    public static final String PREFIX = "org.scatterbench";

    public static List<InstalledPlugin> list(BundleContext context) {
        List<InstalledPlugin> result = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String sn = b.getSymbolicName();
            if (sn != null && sn.startsWith(PREFIX)) {
                String name = b.getHeaders().get("Bundle-Name");
                result.add(new InstalledPlugin(sn, name == null ? sn : name, b.getVersion().toString(), stateOf(b)));
            }
        }
        result.sort(Comparator.comparing(InstalledPlugin::symbolicName));
        return result;
    }

    static String stateOf(Bundle b) {
        switch (b.getState()) {
            case Bundle.ACTIVE:
                return "Active";
            case Bundle.STARTING:
                return "Ready (starts on first use)";
            case Bundle.RESOLVED:
                return "Resolved";
            case Bundle.INSTALLED:
                return "Broken: missing dependencies";
            case Bundle.STOPPING:
                return "Stopping";
            default:
                return "Uninstalled";
        }
    }
}
