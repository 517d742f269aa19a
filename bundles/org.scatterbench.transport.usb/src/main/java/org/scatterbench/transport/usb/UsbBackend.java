package org.scatterbench.transport.usb;

import java.util.List;

import org.scatterbench.transport.Subscription;

/**
 * The thin facade over libusb that everything else in this bundle uses. It exists so that chunking,
 * zero-length packets, timeouts and interface claiming can be tested without a phone; the real
 * implementation is {@link org.scatterbench.transport.usb.libusb.LibUsbBackend}.
 */
public interface UsbBackend extends AutoCloseable {

    /** Every device on every bus, strings read where permissions allow. */
    List<UsbDeviceInfo> devices() throws UsbBackendException;

    /** Opens the device in the same socket as {@code device}. */
    UsbDeviceHandle open(UsbDeviceInfo device) throws UsbBackendException;

    boolean supportsHotplug();

    /**
     * Calls {@code listener} when a device of {@code vendorId} arrives or leaves. Only called when
     * {@link #supportsHotplug()}.
     */
    Subscription onHotplug(int vendorId, Runnable listener) throws UsbBackendException;

    @Override
    void close();
}
