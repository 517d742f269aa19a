package org.scatterbench.transport.usb;

/**
 * An endpoint of the active configuration.
 *
 * @param address       bEndpointAddress, direction in bit 7
 * @param attributes    bmAttributes, transfer type in bits 0..1
 * @param maxPacketSize wMaxPacketSize (512 on high-speed bulk)
 */
public record UsbEndpointInfo(int address, int attributes, int maxPacketSize) {

    private static final int DIRECTION_IN = 0x80;
    private static final int TYPE_MASK = 0x03;
    private static final int TYPE_BULK = 0x02;

    public boolean isIn() {
        return (address & DIRECTION_IN) != 0;
    }

    public boolean isBulk() {
        return (attributes & TYPE_MASK) == TYPE_BULK;
    }
}
