package org.scatterbench.transport.usb.libusb;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.transport.usb.TransferResult;
import org.scatterbench.transport.usb.UsbBackendException;
import org.scatterbench.transport.usb.UsbDeviceHandle;
import org.scatterbench.transport.usb.UsbEndpointInfo;
import org.scatterbench.transport.usb.UsbInterfaceInfo;
import org.usb4java.BufferUtils;
import org.usb4java.ConfigDescriptor;
import org.usb4java.Device;
import org.usb4java.DeviceHandle;
import org.usb4java.EndpointDescriptor;
import org.usb4java.Interface;
import org.usb4java.InterfaceDescriptor;
import org.usb4java.LibUsb;

/**
 * An opened libusb device. libusb needs direct buffers, so each transfer goes through one reusable
 * direct buffer per direction (a handle serves one transport, which is not used concurrently per
 * direction).
 */
final class LibUsbDeviceHandle implements UsbDeviceHandle {

    private final Device device;
    private final DeviceHandle handle;
    private ByteBuffer inBuffer = BufferUtils.allocateByteBuffer(0);
    private ByteBuffer outBuffer = BufferUtils.allocateByteBuffer(0);
    private final IntBuffer transferred = BufferUtils.allocateIntBuffer();
    private boolean closed;

    LibUsbDeviceHandle(Device device, DeviceHandle handle) {
        this.device = device;
        this.handle = handle;
    }

    @Override
    public List<UsbInterfaceInfo> interfaces() throws UsbBackendException {
        ConfigDescriptor config = new ConfigDescriptor();
        LibUsbStatus.check(LibUsb.getActiveConfigDescriptor(device, config), "reading the configuration descriptor");
        try {
            List<UsbInterfaceInfo> result = new ArrayList<>();
            for (Interface iface : config.iface()) {
                InterfaceDescriptor[] alts = iface.altsetting();
                if (alts.length == 0) {
                    continue;
                }
                InterfaceDescriptor d = alts[0];
                List<UsbEndpointInfo> endpoints = new ArrayList<>();
                for (EndpointDescriptor e : d.endpoint()) {
                    endpoints.add(new UsbEndpointInfo(e.bEndpointAddress() & 0xFF, e.bmAttributes() & 0xFF,
                            e.wMaxPacketSize() & 0x07FF));
                }
                result.add(new UsbInterfaceInfo(d.bInterfaceNumber() & 0xFF, d.bInterfaceClass() & 0xFF, endpoints));
            }
            return result;
        } finally {
            LibUsb.freeConfigDescriptor(config);
        }
    }

    @Override
    public boolean isKernelDriverActive(int iface) throws UsbBackendException {
        int r = LibUsb.kernelDriverActive(handle, iface);
        if (r == LibUsb.ERROR_NOT_SUPPORTED) {
            return false; // not Linux: there is no kernel driver to detach
        }
        return LibUsbStatus.check(r, "asking whether a kernel driver holds interface " + iface) == 1;
    }

    @Override
    public void detachKernelDriver(int iface) throws UsbBackendException {
        LibUsbStatus.check(LibUsb.detachKernelDriver(handle, iface), "detaching the kernel driver from interface " + iface);
    }

    @Override
    public void attachKernelDriver(int iface) throws UsbBackendException {
        LibUsbStatus.check(LibUsb.attachKernelDriver(handle, iface), "re-attaching the kernel driver to interface " + iface);
    }

    @Override
    public void claimInterface(int iface) throws UsbBackendException {
        LibUsbStatus.check(LibUsb.claimInterface(handle, iface), "claiming interface " + iface);
    }

    @Override
    public void releaseInterface(int iface) throws UsbBackendException {
        LibUsbStatus.check(LibUsb.releaseInterface(handle, iface), "releasing interface " + iface);
    }

    @Override
    public synchronized TransferResult bulkTransfer(int endpoint, byte[] data, int offset, int length, long timeoutMillis) {
        boolean in = (endpoint & 0x80) != 0;
        ByteBuffer buf;
        if (in) {
            inBuffer = sized(inBuffer, length);
            buf = inBuffer;
            buf.clear().limit(length);
        } else {
            outBuffer = sized(outBuffer, length);
            buf = outBuffer;
            buf.clear();
            buf.put(data, offset, length).flip();
        }
        transferred.clear();
        int r = LibUsb.bulkTransfer(handle, (byte) endpoint, buf, transferred, timeoutMillis);
        int n = transferred.get(0);
        if (in && n > 0) {
            buf.position(0);
            buf.get(data, offset, n);
        }
        return LibUsbStatus.result(r, n);
    }

    private static ByteBuffer sized(ByteBuffer current, int length) {
        return current.capacity() >= length ? current : BufferUtils.allocateByteBuffer(length);
    }

    @Override
    public TransferResult controlTransfer(int requestType, int request, int value, int index, byte[] data,
            long timeoutMillis) {
        ByteBuffer buf = BufferUtils.allocateByteBuffer(data.length);
        buf.put(data);
        buf.flip();
        int r = LibUsb.controlTransfer(handle, (byte) requestType, (byte) request, (short) value, (short) index, buf,
                timeoutMillis);
        return LibUsbStatus.result(r, Math.max(r, 0));
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            LibUsb.close(handle);
            LibUsb.unrefDevice(device);
        }
    }
}
