package org.scatterbench.transport.registry;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.InvalidRegistryObjectException;

/**
 * Reads the {@code org.scatterbench.transport.drivers} extension point into handles. Only attributes
 * are read here; classes load through {@code createExecutableExtension} when a driver is first used.
 */
final class ExtensionDriverSource {

    static final String EXTENSION_POINT = "org.scatterbench.transport.drivers";

    private final DriverContributionParser parser = new DriverContributionParser();

    List<DriverHandle> read(IExtensionRegistry registry, ProblemLog log) {
        List<DriverHandle> handles = new ArrayList<>();
        for (IConfigurationElement ce : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            try {
                if (!"driver".equals(ce.getName())) {
                    log.error("bundle " + ce.getContributor().getName() + " contributes an unknown element <"
                            + ce.getName() + "> to " + EXTENSION_POINT + "; ignored", null);
                    continue;
                }
                DriverDescriptor d = parser.parse(toElement(ce));
                handles.add(new DriverHandle(d,
                        () -> (org.scatterbench.transport.AbstractTransportDriver) ce.createExecutableExtension("class")));
            } catch (InvalidContributionException e) {
                log.error(e.getMessage() + "; the driver is ignored", null);
            } catch (InvalidRegistryObjectException e) {
                // the contributing bundle was uninstalled while we read: nothing to report
            }
        }
        return handles;
    }

    private static DriverElement toElement(IConfigurationElement ce) {
        List<String> patterns = new ArrayList<>();
        for (IConfigurationElement p : ce.getChildren("portPattern")) {
            patterns.add(p.getAttribute("pattern"));
        }
        List<DriverElement.UsbDevice> usb = new ArrayList<>();
        for (IConfigurationElement u : ce.getChildren("usbDevice")) {
            usb.add(new DriverElement.UsbDevice(u.getAttribute("vendorId"), u.getAttribute("productId")));
        }
        return new DriverElement(ce.getContributor().getName(), ce.getAttribute("id"), ce.getAttribute("name"),
                ce.getAttribute("class"), patterns, usb);
    }
}
