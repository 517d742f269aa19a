package org.scatterbench.transport.usb.libusb;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.scatterbench.transport.Subscription;
import org.scatterbench.transport.usb.UsbBackend;
import org.scatterbench.transport.usb.UsbBackendException;
import org.scatterbench.transport.usb.UsbDeviceHandle;
import org.scatterbench.transport.usb.UsbDeviceInfo;
import org.scatterbench.transport.usb.UsbStatus;
import org.usb4java.BufferUtils;
import org.usb4java.Context;
import org.usb4java.Device;
import org.usb4java.DeviceDescriptor;
import org.usb4java.DeviceHandle;
import org.usb4java.DeviceList;
import org.usb4java.HotplugCallbackHandle;
import org.usb4java.LibUsb;

/**
 * {@link UsbBackend} on usb4java's low-level {@link LibUsb} API (not javax.usb, whose service lookup
 * breaks across OSGi class loaders). Each instance owns its own libusb context. Hot-plug callbacks,
 * when libusb supports them, are delivered by one named daemon thread that runs libusb's event loop
 * while at least one listener is registered.
 */
public final class LibUsbBackend implements UsbBackend {

    private static final long EVENT_LOOP_TIMEOUT_MICROS = 250_000;
    private final Context context;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private HotplugCallbackHandle callback;
    private Thread eventThread;
    private volatile boolean closed;

    private LibUsbBackend(Context context) {
        this.context = context;
    }

    /** Initialises libusb; a missing native library or an unusable system says so plainly. */
    public static LibUsbBackend create() throws UsbBackendException {
        Context ctx = new Context();
        int r;
        try {
            r = LibUsb.init(ctx);
        } catch (RuntimeException | LinkageError e) {
            throw new UsbBackendException(UsbStatus.NOT_SUPPORTED,
                    "libusb could not be loaded (" + e.getMessage() + "); USB ports cannot be listed or opened", e);
        }
        if (r < 0) {
            throw new UsbBackendException(LibUsbStatus.of(r),
                    "libusb could not initialise: " + LibUsbStatus.name(r) + "; USB ports cannot be listed or opened");
        }
        return new LibUsbBackend(ctx);
    }

    @Override
    public List<UsbDeviceInfo> devices() throws UsbBackendException {
        DeviceList list = new DeviceList();
        LibUsbStatus.check(LibUsb.getDeviceList(context, list), "listing USB devices");
        try {
            List<UsbDeviceInfo> result = new ArrayList<>();
            for (Device d : list) {
                DeviceDescriptor desc = new DeviceDescriptor();
                if (LibUsb.getDeviceDescriptor(d, desc) < 0) {
                    continue;
                }
                result.add(describe(d, desc));
            }
            return result;
        } finally {
            LibUsb.freeDeviceList(list, true);
        }
    }

    private static UsbDeviceInfo describe(Device d, DeviceDescriptor desc) {
        int vid = desc.idVendor() & 0xFFFF;
        int pid = desc.idProduct() & 0xFFFF;
        String product = "";
        String serial = "";
        boolean denied = false;
        DeviceHandle h = new DeviceHandle();
        int r = LibUsb.open(d, h);
        if (r == 0) {
            try {
                product = string(h, desc.iProduct());
                serial = string(h, desc.iSerialNumber());
            } finally {
                LibUsb.close(h);
            }
        } else {
            denied = r == LibUsb.ERROR_ACCESS;
        }
        return new UsbDeviceInfo(LibUsb.getBusNumber(d), portPath(d), LibUsb.getDeviceAddress(d), vid, pid, product,
                serial, denied);
    }

    private static String string(DeviceHandle h, byte index) {
        if (index == 0) {
            return "";
        }
        String s = LibUsb.getStringDescriptor(h, index);
        return s == null ? "" : s.trim();
    }

    private static List<Integer> portPath(Device d) {
        ByteBuffer ports = BufferUtils.allocateByteBuffer(8);
        int n = LibUsb.getPortNumbers(d, ports);
        List<Integer> path = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            path.add(ports.get(i) & 0xFF);
        }
        return path;
    }

    @Override
    public UsbDeviceHandle open(UsbDeviceInfo wanted) throws UsbBackendException {
        DeviceList list = new DeviceList();
        LibUsbStatus.check(LibUsb.getDeviceList(context, list), "listing USB devices");
        try {
            for (Device d : list) {
                UsbDeviceInfo here = new UsbDeviceInfo(LibUsb.getBusNumber(d), portPath(d), LibUsb.getDeviceAddress(d),
                        0, 0, "", "", false);
                if (here.sameSocket(wanted)) {
                    DeviceHandle h = new DeviceHandle();
                    LibUsbStatus.check(LibUsb.open(d, h), "opening the device");
                    return new LibUsbDeviceHandle(LibUsb.refDevice(d), h);
                }
            }
        } finally {
            LibUsb.freeDeviceList(list, true);
        }
        throw new UsbBackendException(UsbStatus.NO_DEVICE, "the device at usb:" + wanted.location() + " is gone");
    }

    @Override
    public boolean supportsHotplug() {
        return LibUsb.hasCapability(LibUsb.CAP_HAS_HOTPLUG);
    }

    @Override
    public synchronized Subscription onHotplug(int vendorId, Runnable listener) throws UsbBackendException {
        if (closed) {
            throw new UsbBackendException(UsbStatus.OTHER, "the USB backend is closed");
        }
        if (callback == null) {
            HotplugCallbackHandle handle = new HotplugCallbackHandle();
            LibUsbStatus.check(LibUsb.hotplugRegisterCallback(context,
                    LibUsb.HOTPLUG_EVENT_DEVICE_ARRIVED | LibUsb.HOTPLUG_EVENT_DEVICE_LEFT, LibUsb.HOTPLUG_NO_FLAGS,
                    vendorId, LibUsb.HOTPLUG_MATCH_ANY, LibUsb.HOTPLUG_MATCH_ANY, (ctx, device, event, data) -> {
                        listeners.forEach(Runnable::run);
                        return 0;
                    }, null, handle), "registering for USB hot-plug events");
            callback = handle;
            eventThread = new Thread(this::eventLoop, "scatterbench libusb events");
            eventThread.setDaemon(true);
            eventThread.start();
        }
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void eventLoop() {
        while (!closed) {
            int r = LibUsb.handleEventsTimeout(context, EVENT_LOOP_TIMEOUT_MICROS);
            if (r < 0 && r != LibUsb.ERROR_INTERRUPTED) {
                return; // waiters fall back to their poll interval
            }
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (eventThread != null) {
            try {
                eventThread.join(2 * EVENT_LOOP_TIMEOUT_MICROS / 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (callback != null) {
            LibUsb.hotplugDeregisterCallback(context, callback);
        }
        LibUsb.exit(context);
    }
}
