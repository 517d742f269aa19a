package org.scatterbench.transport.usb;

/**
 * What one bulk or control transfer did. A timed-out transfer may still have moved bytes, so the
 * count comes back together with the status instead of being lost in an exception.
 *
 * @param status      OK or why it stopped
 * @param transferred bytes actually moved
 * @param detail      libusb's name for the error, empty when OK
 */
public record TransferResult(UsbStatus status, int transferred, String detail) {

    public static TransferResult ok(int transferred) {
        return new TransferResult(UsbStatus.OK, transferred, "");
    }

    public static TransferResult failed(UsbStatus status, int transferred, String detail) {
        return new TransferResult(status, transferred, detail == null ? "" : detail);
    }

    public boolean isOk() {
        return status == UsbStatus.OK;
    }
}
