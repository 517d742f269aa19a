package org.scatterbench.transport.usb;

/** The outcomes of a USB call that the transport treats differently (libusb's error codes, grouped). */
public enum UsbStatus {
    OK,
    TIMEOUT,
    /** The device was unplugged or reset. */
    NO_DEVICE,
    /** The endpoint stalled. */
    PIPE,
    /** The device sent more than was asked for. */
    OVERFLOW,
    /** No permission to open the device (udev rule missing). */
    ACCESS,
    /** Another driver or program has claimed the interface. */
    BUSY,
    NOT_FOUND,
    NOT_SUPPORTED,
    OTHER
}
