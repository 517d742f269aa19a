/**
 * The USB transport driver for MediaTek phones (VID 0x0E8D): bulk transfers over the CDC data
 * interface, chunked to whole packets with zero-length packets where needed. Everything talks to
 * libusb through the {@link org.scatterbench.transport.usb.UsbBackend} facade.
 */
package org.scatterbench.transport.usb;
