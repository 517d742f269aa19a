package org.scatterbench.transport.serial;

import java.util.Optional;

/**
 * Turns {@link OpenFailureFacts} into one message that says what is wrong and what to type. These
 * are the Linux problems users of MediaTek tools hit most: ModemManager grabbing the fresh ttyACM,
 * and a user outside the dialout group.
 */
public final class OpenFailureExplainer {

    static final String UDEV_RULE = "releng/udev/51-scatterbench-mediatek.rules";
    private static final int ENOENT = 2;
    private static final int EACCES = 13;
    private static final int EBUSY = 16;
    private static final int ENOTTY = 25;

    public String explain(OpenFailureFacts f) {
        String p = f.path();
        if (!f.exists()) {
            return "serial port " + p + " does not exist: is the phone connected? A powered-off MediaTek phone "
                    + "shows its port only for a few seconds after it is plugged in (hold Volume-Down or Volume-Up "
                    + "while connecting); 'scatterbench device list' shows what is there";
        }
        if (!f.readable() || !f.writable() || f.errorCode() == EACCES) {
            String group = f.group() == null || f.group().isBlank() ? "dialout" : f.group();
            return "permission denied on " + p + ": add yourself to the '" + group + "' group with "
                    + "'sudo usermod -aG " + group + " $USER' and log in again, or install the udev rule "
                    + UDEV_RULE + " (see releng/udev/README.md)";
        }
        if (f.errorCode() == ENOTTY) {
            // decided before looking at who holds it: /dev/null is open in every process, this one too
            return p + " is not a serial port (not a terminal device)";
        }
        Optional<ProcessRef> mm = f.holders().stream().filter(h -> ProcScan.MODEM_MANAGER.equals(h.name())).findFirst();
        if (mm.isPresent()) {
            return p + " is held by " + mm.get() + ", which probes new modems and garbles the MediaTek handshake: "
                    + modemManagerAdvice();
        }
        Optional<ProcessRef> self = f.holders().stream().filter(h -> h.pid() == f.selfPid()).findFirst();
        if (self.isPresent()) {
            return p + " is already open in this program; close the other connection first";
        }
        if (!f.holders().isEmpty()) {
            return p + " is in use by " + f.holders().get(0) + "; close that program first (SP Flash Tool, "
                    + "mtkclient and terminal programs keep the port open)";
        }
        if (f.modemManagerRunning()) {
            return p + " is busy, and ModemManager is running: it may be probing the port. " + modemManagerAdvice();
        }
        if (f.errorCode() == EBUSY || f.errorCode() == ENOENT) {
            // jSerialComm reports a port locked by another open as one of these
            return p + " is busy: another program has it open; close it and try again";
        }
        return "could not open serial port " + p + (f.errorCode() != 0 ? " (system error " + f.errorCode() + ")" : "");
    }

    static String modemManagerAdvice() {
        return "stop it with 'sudo systemctl stop ModemManager', or install the udev rule " + UDEV_RULE
                + ", which sets ENV{ID_MM_DEVICE_IGNORE}=\"1\" for MediaTek devices so ModemManager leaves them alone";
    }
}
