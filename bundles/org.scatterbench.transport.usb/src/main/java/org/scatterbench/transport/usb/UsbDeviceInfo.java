package org.scatterbench.transport.usb;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One device on the bus, as enumerated (strings may be empty when the device could not be opened).
 *
 * @param bus          bus number
 * @param portPath     port numbers from the root hub down (identifies the socket the phone is in)
 * @param address      device address on the bus (changes on every re-enumeration)
 * @param vendorId     idVendor
 * @param productId    idProduct
 * @param product      product string
 * @param serial       serial-number string
 * @param accessDenied true when the device was seen but could not be opened to read its strings
 */
public record UsbDeviceInfo(int bus, List<Integer> portPath, int address, int vendorId, int productId, String product,
        String serial, boolean accessDenied) {

    public UsbDeviceInfo {
        portPath = List.copyOf(portPath);
        product = product == null ? "" : product;
        serial = serial == null ? "" : serial;
    }

    /** Linux's name for the socket: {@code 1-4.2} (bus 1, root port 4, hub port 2). */
    public String location() {
        if (portPath.isEmpty()) {
            return bus + "-0." + address;
        }
        return bus + "-" + portPath.stream().map(String::valueOf).collect(Collectors.joining("."));
    }

    /** Same physical device and socket, whatever the address. */
    public boolean sameSocket(UsbDeviceInfo other) {
        return bus == other.bus && portPath.equals(other.portPath) && (!portPath.isEmpty() || address == other.address);
    }
}
