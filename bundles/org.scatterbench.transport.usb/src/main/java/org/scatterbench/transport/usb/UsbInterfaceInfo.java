package org.scatterbench.transport.usb;

import java.util.List;

/**
 * An interface of the active configuration (first alternate setting).
 *
 * @param number         bInterfaceNumber
 * @param interfaceClass bInterfaceClass (0x02 CDC communication, 0x0A CDC data)
 * @param endpoints      its endpoints
 */
public record UsbInterfaceInfo(int number, int interfaceClass, List<UsbEndpointInfo> endpoints) {

    public static final int CLASS_CDC_COMM = 0x02;
    public static final int CLASS_CDC_DATA = 0x0A;

    public UsbInterfaceInfo {
        endpoints = List.copyOf(endpoints);
    }
}
