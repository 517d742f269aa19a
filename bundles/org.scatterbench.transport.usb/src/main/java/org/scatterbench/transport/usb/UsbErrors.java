package org.scatterbench.transport.usb;

/** Plain-language explanations of USB failures, with what the user can do about them. */
final class UsbErrors {

    static final String UDEV_HINT = "install the udev rule releng/udev/51-scatterbench-mediatek.rules "
            + "(see releng/udev/README.md), unplug and replug the phone";

    private UsbErrors() {
    }

    static String explain(String port, String action, UsbBackendException e) {
        return switch (e.status()) {
        case ACCESS -> port + ": no permission to " + action + ": " + UDEV_HINT + ", or run as root";
        case BUSY -> port + ": another program or driver holds the device (SP Flash Tool, mtkclient, "
                + "ModemManager?): close it, or stop ModemManager with 'sudo systemctl stop ModemManager'";
        case NO_DEVICE -> port + ": the device disappeared (it left BROM/preloader mode or was unplugged)";
        default -> port + ": could not " + action + ": " + e.getMessage();
        };
    }
}
