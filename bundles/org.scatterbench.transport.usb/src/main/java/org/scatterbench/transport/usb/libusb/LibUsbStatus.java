package org.scatterbench.transport.usb.libusb;

import org.scatterbench.transport.usb.TransferResult;
import org.scatterbench.transport.usb.UsbBackendException;
import org.scatterbench.transport.usb.UsbStatus;
import org.usb4java.LibUsb;

/** libusb's negative return codes, mapped to {@link UsbStatus}. */
final class LibUsbStatus {

    private LibUsbStatus() {
    }

    static UsbStatus of(int code) {
        if (code >= 0) {
            return UsbStatus.OK;
        }
        if (code == LibUsb.ERROR_TIMEOUT) {
            return UsbStatus.TIMEOUT;
        }
        if (code == LibUsb.ERROR_NO_DEVICE) {
            return UsbStatus.NO_DEVICE;
        }
        if (code == LibUsb.ERROR_PIPE) {
            return UsbStatus.PIPE;
        }
        if (code == LibUsb.ERROR_OVERFLOW) {
            return UsbStatus.OVERFLOW;
        }
        if (code == LibUsb.ERROR_ACCESS) {
            return UsbStatus.ACCESS;
        }
        if (code == LibUsb.ERROR_BUSY) {
            return UsbStatus.BUSY;
        }
        if (code == LibUsb.ERROR_NOT_FOUND) {
            return UsbStatus.NOT_FOUND;
        }
        if (code == LibUsb.ERROR_NOT_SUPPORTED) {
            return UsbStatus.NOT_SUPPORTED;
        }
        return UsbStatus.OTHER;
    }

    static String name(int code) {
        return LibUsb.errorName(code) + " (" + LibUsb.strError(code) + ")";
    }

    /** Throws for a negative code, naming the call. */
    static int check(int code, String call) throws UsbBackendException {
        if (code < 0) {
            throw new UsbBackendException(of(code), call + " failed: " + name(code));
        }
        return code;
    }

    static TransferResult result(int code, int transferred) {
        return code >= 0 ? TransferResult.ok(transferred) : TransferResult.failed(of(code), transferred, name(code));
    }
}
