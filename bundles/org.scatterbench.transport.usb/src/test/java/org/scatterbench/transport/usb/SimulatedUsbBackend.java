package org.scatterbench.transport.usb;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.scatterbench.transport.Subscription;

/**
 * An in-test implementation of the libusb facade: one simulated CDC-ACM device that records every
 * call, accepts bulk OUT data, serves scripted bulk IN packets and can be told to fail. The code under
 * test is ours (chunking, ZLPs, claiming); this stands in only for the USB stack, which this machine
 * does not have.
 */
class SimulatedUsbBackend implements UsbBackend {

    static final int EP_IN = 0x81;
    static final int EP_OUT = 0x01;

    final List<UsbDeviceInfo> devices = new ArrayList<>();
    final List<String> calls = new ArrayList<>();
    /** Lengths of bulk OUT transfers in order (0 = zero-length packet). */
    final List<Integer> outTransfers = new ArrayList<>();
    /** Lengths requested by bulk IN transfers. */
    final List<Integer> inRequests = new ArrayList<>();
    final ByteArrayOutputStream received = new ByteArrayOutputStream();
    /** Each element is what one IN transfer returns: data, or a status with optional data. */
    final Deque<TransferResult> inScript = new ArrayDeque<>();
    final Deque<byte[]> inData = new ArrayDeque<>();
    final Map<UsbStatus, String> failOn = new EnumMap<>(UsbStatus.class);
    List<UsbInterfaceInfo> interfaces = cdcAcm(512);
    boolean kernelDriverBound = true;
    String failClaimOf = null;
    UsbStatus failClaimWith;
    UsbStatus failOpenWith;
    UsbStatus failOutWith;
    int outAcceptLimit = Integer.MAX_VALUE;
    int handlesOpen;
    boolean hotplug;
    Runnable hotplugListener;
    int hotplugVendor = -1;

    static List<UsbInterfaceInfo> cdcAcm(int maxPacket) {
        return List.of(new UsbInterfaceInfo(0, UsbInterfaceInfo.CLASS_CDC_COMM, List.of(new UsbEndpointInfo(0x82, 0x03, 16))),
                new UsbInterfaceInfo(1, UsbInterfaceInfo.CLASS_CDC_DATA,
                        List.of(new UsbEndpointInfo(EP_IN, 0x02, maxPacket), new UsbEndpointInfo(EP_OUT, 0x02, maxPacket))));
    }

    SimulatedUsbBackend withDevice(int vid, int pid, int bus, Integer... ports) {
        devices.add(new UsbDeviceInfo(bus, List.of(ports), 5, vid, pid, "", "SER" + devices.size(), false));
        return this;
    }

    /** Queues one IN transfer that delivers {@code data} (at most what was asked for). */
    void deliver(byte[] data) {
        inScript.add(TransferResult.ok(data.length));
        inData.add(data);
    }

    void deliverStatus(UsbStatus status, byte[] partial) {
        inScript.add(TransferResult.failed(status, partial.length, "LIBUSB_ERROR_" + status));
        inData.add(partial);
    }

    @Override
    public List<UsbDeviceInfo> devices() {
        return List.copyOf(devices);
    }

    @Override
    public UsbDeviceHandle open(UsbDeviceInfo device) throws UsbBackendException {
        calls.add("open " + device.location());
        if (failOpenWith != null) {
            throw new UsbBackendException(failOpenWith, "open failed: " + failOpenWith);
        }
        handlesOpen++;
        return new Handle();
    }

    @Override
    public boolean supportsHotplug() {
        return hotplug;
    }

    @Override
    public synchronized Subscription onHotplug(int vendorId, Runnable listener) {
        if (!hotplug) {
            throw new AssertionError("onHotplug called although hot-plug is not supported");
        }
        hotplugVendor = vendorId;
        hotplugListener = listener;
        return () -> hotplugListener = null;
    }

    @Override
    public void close() {
        calls.add("backend close");
    }

    private final class Handle implements UsbDeviceHandle {

        @Override
        public List<UsbInterfaceInfo> interfaces() {
            return interfaces;
        }

        @Override
        public boolean isKernelDriverActive(int iface) {
            return kernelDriverBound;
        }

        @Override
        public void detachKernelDriver(int iface) {
            calls.add("detach " + iface);
        }

        @Override
        public void attachKernelDriver(int iface) {
            calls.add("attach " + iface);
        }

        @Override
        public void claimInterface(int iface) throws UsbBackendException {
            if (String.valueOf(iface).equals(failClaimOf)) {
                throw new UsbBackendException(failClaimWith, "claiming interface " + iface + " failed");
            }
            calls.add("claim " + iface);
        }

        @Override
        public void releaseInterface(int iface) {
            calls.add("release " + iface);
        }

        @Override
        public TransferResult bulkTransfer(int endpoint, byte[] data, int offset, int length, long timeoutMillis) {
            if (timeoutMillis <= 0) {
                throw new AssertionError("libusb reads a timeout of 0 as 'forever'");
            }
            if (endpoint == EP_OUT) {
                if (failOutWith != null) {
                    return TransferResult.failed(failOutWith, 0, "LIBUSB_ERROR_" + failOutWith);
                }
                int n = Math.min(length, outAcceptLimit);
                outTransfers.add(length);
                received.write(data, offset, n);
                return n < length ? TransferResult.failed(UsbStatus.TIMEOUT, n, "LIBUSB_ERROR_TIMEOUT")
                        : TransferResult.ok(n);
            }
            if (endpoint != EP_IN) {
                throw new AssertionError("unexpected endpoint " + endpoint);
            }
            inRequests.add(length);
            TransferResult r = inScript.poll();
            byte[] d = inData.poll();
            if (r == null) {
                return TransferResult.failed(UsbStatus.TIMEOUT, 0, "LIBUSB_ERROR_TIMEOUT");
            }
            if (d.length > length) {
                return TransferResult.failed(UsbStatus.OVERFLOW, 0, "LIBUSB_ERROR_OVERFLOW");
            }
            System.arraycopy(d, 0, data, offset, d.length);
            return new TransferResult(r.status(), d.length, r.detail());
        }

        @Override
        public TransferResult controlTransfer(int requestType, int request, int value, int index, byte[] data,
                long timeoutMillis) {
            calls.add(String.format("control %02x %02x %d %d %s", requestType, request, value, index, Arrays.toString(data)));
            return TransferResult.ok(data.length);
        }

        @Override
        public void close() {
            handlesOpen--;
            calls.add("close");
        }
    }
}
