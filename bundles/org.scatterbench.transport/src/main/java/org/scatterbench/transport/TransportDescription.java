package org.scatterbench.transport;

/**
 * Who is at the other end of a {@link Transport}.
 *
 * @param driverId  id of the contributing driver (e.g. {@code serial}, {@code usb}, {@code tcp})
 * @param port      the port as the user names it ({@code /dev/ttyACM0}, {@code usb:1-2}, {@code tcp://127.0.0.1:5555})
 * @param vendorId  USB vendor id, or -1
 * @param productId USB product id, or -1
 * @param serial    USB serial number or other identity, may be empty
 */
public record TransportDescription(String driverId, String port, int vendorId, int productId, String serial) {

    public static TransportDescription of(String driverId, String port) {
        return new TransportDescription(driverId, port, -1, -1, "");
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(port).append(" (").append(driverId);
        if (vendorId >= 0) {
            sb.append(String.format(", %04x:%04x", vendorId, productId));
        }
        if (serial != null && !serial.isEmpty()) {
            sb.append(", ").append(serial);
        }
        return sb.append(')').toString();
    }
}
