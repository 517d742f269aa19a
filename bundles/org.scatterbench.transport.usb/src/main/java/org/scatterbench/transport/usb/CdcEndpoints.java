package org.scatterbench.transport.usb;

import java.util.List;
import java.util.Optional;

/**
 * Where the byte stream of a CDC-ACM device lives: the data interface with its bulk IN and OUT
 * endpoints, and the communication interface that takes line-coding requests (-1 when absent).
 */
public record CdcEndpoints(int dataInterface, int commInterface, UsbEndpointInfo in, UsbEndpointInfo out) {

    /**
     * Picks the CDC data interface (class 0x0A) with a bulk IN and a bulk OUT endpoint; a device that
     * does not label its interfaces gets the first one that has both.
     */
    public static CdcEndpoints find(List<UsbInterfaceInfo> interfaces) throws UsbBackendException {
        Optional<UsbInterfaceInfo> data = interfaces.stream()
                .filter(i -> i.interfaceClass() == UsbInterfaceInfo.CLASS_CDC_DATA && hasBulkPair(i)).findFirst();
        if (data.isEmpty()) {
            data = interfaces.stream().filter(CdcEndpoints::hasBulkPair).findFirst();
        }
        if (data.isEmpty()) {
            throw new UsbBackendException(UsbStatus.NOT_FOUND,
                    "the device has no interface with a bulk IN and a bulk OUT endpoint; it is not a MediaTek download port");
        }
        UsbInterfaceInfo d = data.get();
        UsbEndpointInfo in = d.endpoints().stream().filter(e -> e.isBulk() && e.isIn()).findFirst().orElseThrow();
        UsbEndpointInfo out = d.endpoints().stream().filter(e -> e.isBulk() && !e.isIn()).findFirst().orElseThrow();
        if (in.maxPacketSize() <= 0 || out.maxPacketSize() <= 0) {
            throw new UsbBackendException(UsbStatus.NOT_SUPPORTED, "the device reports a bulk endpoint with max packet size 0");
        }
        int comm = interfaces.stream().filter(i -> i.interfaceClass() == UsbInterfaceInfo.CLASS_CDC_COMM)
                .mapToInt(UsbInterfaceInfo::number).filter(n -> n != d.number()).findFirst().orElse(-1);
        return new CdcEndpoints(d.number(), comm, in, out);
    }

    private static boolean hasBulkPair(UsbInterfaceInfo i) {
        return i.endpoints().stream().anyMatch(e -> e.isBulk() && e.isIn())
                && i.endpoints().stream().anyMatch(e -> e.isBulk() && !e.isIn());
    }
}
