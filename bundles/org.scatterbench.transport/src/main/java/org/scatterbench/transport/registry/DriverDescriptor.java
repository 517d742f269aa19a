package org.scatterbench.transport.registry;

import java.util.List;
import java.util.Objects;

/**
 * What the registry knows about a driver before loading its class.
 *
 * @param id           unique driver id, also the prefix users see ({@code serial}, {@code usb}, {@code tcp})
 * @param name         human-readable name
 * @param className    the contributed class (extends AbstractTransportDriver)
 * @param contributor  the contributing bundle's symbolic name, or "classpath" in plain Java
 * @param portPatterns the port specs it claims
 * @param usbIds       the USB identities it claims (for display and for choosing among drivers)
 */
public record DriverDescriptor(String id, String name, String className, String contributor,
        List<PortPattern> portPatterns, List<UsbIdPattern> usbIds) {

    public DriverDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(contributor, "contributor");
        portPatterns = List.copyOf(portPatterns);
        usbIds = List.copyOf(usbIds);
    }

    /** The most specific of this driver's patterns that matches, or -1 when none does. */
    public int matchSpecificity(String spec) {
        int best = -1;
        for (PortPattern p : portPatterns) {
            if (p.matches(spec)) {
                best = Math.max(best, p.specificity());
            }
        }
        return best;
    }
}
