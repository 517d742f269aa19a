package org.scatterbench.transport;

import java.util.Objects;

/**
 * One port a driver found while discovering, as {@code device list} shows it.
 *
 * @param portSpec    what the user passes to {@code --port} to open exactly this port
 * @param driverId    the id of the driver that found it
 * @param description what the operating system or the device calls it
 * @param vendorId    USB vendor id, or -1 when the port has no USB identity
 * @param productId   USB product id, or -1
 * @param serial      USB serial number, may be empty
 * @param note        something the user should know before opening it (no permission, ModemManager
 *                    running...), may be empty
 */
public record PortInfo(String portSpec, String driverId, String description, int vendorId, int productId,
        String serial, String note) {

    public PortInfo {
        Objects.requireNonNull(portSpec, "portSpec");
        Objects.requireNonNull(driverId, "driverId");
        description = description == null ? "" : description;
        serial = serial == null ? "" : serial;
        note = note == null ? "" : note;
    }

    public static PortInfo of(String portSpec, String driverId, String description) {
        return new PortInfo(portSpec, driverId, description, -1, -1, "", "");
    }

    public PortInfo withNote(String newNote) {
        return new PortInfo(portSpec, driverId, description, vendorId, productId, serial, newNote);
    }

    public boolean isMediaTek() {
        return vendorId == MediaTekUsbIds.VENDOR;
    }

    /** The phone is in its boot ROM (0e8d:0003): the mode a powered-off phone enters with a key held. */
    public boolean isBrom() {
        return MediaTekUsbIds.isBrom(vendorId, productId);
    }

    /** The phone runs its preloader (0e8d:2000), which also accepts the download protocol. */
    public boolean isPreloader() {
        return MediaTekUsbIds.isPreloader(vendorId, productId);
    }

    /** A port a flash can start on: BROM or preloader. */
    public boolean isFlashable() {
        return isBrom() || isPreloader();
    }

    /** "BROM", "preloader", "MediaTek" or "" for display. */
    public String mode() {
        if (isBrom()) {
            return "BROM";
        }
        if (isPreloader()) {
            return "preloader";
        }
        return isMediaTek() ? "MediaTek" : "";
    }

    public String usbId() {
        return MediaTekUsbIds.format(vendorId, productId);
    }

    public TransportDescription toDescription() {
        return new TransportDescription(driverId, portSpec, vendorId, productId, serial);
    }
}
