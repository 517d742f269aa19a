package org.scatterbench.transport.usb;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.scatterbench.transport.AbstractTransportDriver;
import org.scatterbench.transport.MediaTekUsbIds;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.Subscription;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.usb.libusb.LibUsbBackend;

/**
 * MediaTek phones over USB bulk endpoints (VID 0x0E8D), without the kernel's tty layer. The libusb
 * context is created on first use and kept for the life of this driver instance (it is per instance,
 * never static), then released by {@link #dispose()}.
 */
public final class UsbTransportDriver extends AbstractTransportDriver {

    public static final String ID = "usb";

    /** Creates the backend; the real one initialises libusb. */
    @FunctionalInterface
    public interface BackendFactory {
        UsbBackend create() throws UsbBackendException;
    }

    private final BackendFactory factory;
    private final int maxTransfer;
    private UsbBackend backend;
    private UsbBackendException initFailure;

    public UsbTransportDriver() {
        this(LibUsbBackend::create, UsbBulkTransport.DEFAULT_MAX_TRANSFER);
    }

    public UsbTransportDriver(BackendFactory factory, int maxTransfer) {
        this.factory = factory;
        this.maxTransfer = maxTransfer;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "USB (libusb, MediaTek 0e8d)";
    }

    @Override
    public List<String> portPatterns() {
        return List.of("usb", "usb:*");
    }

    @Override
    public boolean accepts(String portSpec) {
        return UsbPortSpec.isUsbSpec(portSpec);
    }

    /** A failed libusb initialisation is remembered: it will not get better within this run. */
    private synchronized UsbBackend backend() throws UsbBackendException {
        if (backend != null) {
            return backend;
        }
        if (initFailure != null) {
            throw initFailure;
        }
        try {
            backend = factory.create();
            return backend;
        } catch (UsbBackendException e) {
            initFailure = e;
            throw e;
        }
    }

    @Override
    public List<PortInfo> discover() throws IOException {
        List<PortInfo> ports = new ArrayList<>();
        for (UsbDeviceInfo d : backend().devices()) {
            if (d.vendorId() == MediaTekUsbIds.VENDOR) {
                ports.add(toPortInfo(d));
            }
        }
        return ports;
    }

    static PortInfo toPortInfo(UsbDeviceInfo d) {
        String description = !d.product().isBlank() ? d.product()
                : MediaTekUsbIds.isBrom(d.vendorId(), d.productId()) ? "MediaTek boot ROM"
                        : MediaTekUsbIds.isPreloader(d.vendorId(), d.productId()) ? "MediaTek preloader" : "MediaTek device";
        String note = d.accessDenied() ? "no permission to open it: " + UsbErrors.UDEV_HINT : "";
        return new PortInfo(UsbPortSpec.of(d), ID, description, d.vendorId(), d.productId(), d.serial(), note);
    }

    @Override
    public Transport open(String portSpec, TransportOptions options) throws IOException {
        UsbBackend b = backend();
        List<UsbDeviceInfo> devices = b.devices();
        Optional<UsbDeviceInfo> device = UsbPortSpec.select(portSpec, devices);
        if (device.isEmpty()) {
            throw new IOException(portSpec.equals(UsbPortSpec.ANY)
                    ? "no MediaTek USB device (0e8d) is connected: connect the phone powered off while holding "
                            + "Volume-Down (or Volume-Up), then try again within a few seconds"
                    : "no USB device at " + portSpec + "; 'scatterbench device list' shows the connected ones");
        }
        UsbDeviceInfo d = device.get();
        UsbDeviceHandle handle;
        try {
            handle = b.open(d);
        } catch (UsbBackendException e) {
            throw new IOException(UsbErrors.explain(UsbPortSpec.of(d), "open the device", e), e);
        }
        TransportDescription description = new TransportDescription(ID, UsbPortSpec.of(d), d.vendorId(), d.productId(),
                d.serial());
        return UsbBulkTransport.open(handle, description, options, maxTransfer);
    }

    @Override
    public Subscription onPortsChanged(Runnable listener) {
        try {
            UsbBackend b = backend();
            return b.supportsHotplug() ? b.onHotplug(MediaTekUsbIds.VENDOR, listener) : Subscription.NONE;
        } catch (UsbBackendException e) {
            return Subscription.NONE; // discover() reports the failure; waiting falls back to polling
        }
    }

    @Override
    public synchronized void dispose() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
    }
}
