/** The real {@link org.scatterbench.transport.usb.UsbBackend} on usb4java's low-level LibUsb API. */
package org.scatterbench.transport.usb.libusb;
