package org.scatterbench.transport.serial;

import java.util.List;

/**
 * What was observed when a serial port would not open, gathered before explaining it so the
 * explanation is a pure function that tests can drive with any combination.
 *
 * @param path                the port as the user named it
 * @param exists              whether the path exists
 * @param readable            whether this user may read it
 * @param writable            whether this user may write it
 * @param group               the device file's group (dialout, uucp...), or null
 * @param holders             processes that have it open, this one included
 * @param selfPid             this process
 * @param modemManagerRunning whether a ModemManager process exists
 * @param errorCode           jSerialComm's last error code (an errno on Linux), 0 if unknown
 */
public record OpenFailureFacts(String path, boolean exists, boolean readable, boolean writable, String group,
        List<ProcessRef> holders, long selfPid, boolean modemManagerRunning, int errorCode) {

    public OpenFailureFacts {
        holders = List.copyOf(holders);
    }
}
