package org.scatterbench.transport.registry;

import java.util.List;

/**
 * A {@code driver} element of the extension point as plain strings, exactly as contributed (any of
 * them may be null or malformed). Keeping the raw values separate from the validated
 * {@link DriverDescriptor} lets the validation run and be tested without OSGi.
 */
public record DriverElement(String contributor, String id, String name, String className,
        List<String> portPatterns, List<UsbDevice> usbDevices) {

    /** A {@code usbDevice} child: hex ids as written in plugin.xml, productId may be null for "any". */
    public record UsbDevice(String vendorId, String productId) {
    }

    public DriverElement {
        portPatterns = portPatterns == null ? List.of() : List.copyOf(portPatterns);
        usbDevices = usbDevices == null ? List.of() : List.copyOf(usbDevices);
    }
}
