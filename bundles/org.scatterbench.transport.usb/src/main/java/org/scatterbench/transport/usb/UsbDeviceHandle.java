package org.scatterbench.transport.usb;

import java.util.List;

/** An opened device: the few libusb calls a bulk transport needs. */
public interface UsbDeviceHandle extends AutoCloseable {

    /** Interfaces of the active configuration. */
    List<UsbInterfaceInfo> interfaces() throws UsbBackendException;

    boolean isKernelDriverActive(int iface) throws UsbBackendException;

    void detachKernelDriver(int iface) throws UsbBackendException;

    void attachKernelDriver(int iface) throws UsbBackendException;

    void claimInterface(int iface) throws UsbBackendException;

    void releaseInterface(int iface) throws UsbBackendException;

    /**
     * One bulk transfer of {@code length} bytes to or from {@code data[offset..]}; the direction is
     * bit 7 of {@code endpoint}. A length of 0 on an OUT endpoint sends a zero-length packet.
     */
    TransferResult bulkTransfer(int endpoint, byte[] data, int offset, int length, long timeoutMillis);

    /** A control transfer on endpoint 0 (CDC class requests such as SET_LINE_CODING). */
    TransferResult controlTransfer(int requestType, int request, int value, int index, byte[] data, long timeoutMillis);

    @Override
    void close();
}
