package org.scatterbench.emulator.xflash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

import org.scatterbench.emulator.SessionLog;
import org.scatterbench.emulator.chip.ChipProfile;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.wire.DeviceLink;

/**
 * The XFlash ("V5") DA of MTK-PROTOCOL.md section 5, as it runs after JUMP_DA: the {@code C0}
 * sync byte, then a loop of framed commands. The uploaded DA code is never run; this class is
 * what it would do. {@link #run()} returns after SHUTDOWN and ends with an exception when the
 * line goes.
 */
public final class XFlashDa {

    /** Largest packet the DA buffers; DA2 and extension images arrive in one packet. */
    static final int MAX_PAYLOAD = 32 << 20;
    private static final int MAX_SETUP_PARAM = 0x1000;

    private final PacketChannel ch;
    private final DeviceLink link;
    private final FaultPlan faults;
    private final SessionLog log;
    private final DeviceControl control;
    private final DataCommands data;
    private boolean da2Booted;

    public XFlashDa(DeviceLink link, ChipProfile chip, DaIdentity id, EmmcStorage storage, FaultPlan faults,
            SessionLog log) {
        this.link = link;
        this.ch = new PacketChannel(link, MAX_PAYLOAD);
        this.faults = faults;
        this.log = log;
        this.control = new DeviceControl(ch, chip, id, storage, faults, log);
        this.data = new DataCommands(ch, storage, id, log);
    }

    /** Serves DA commands until SHUTDOWN (returns) or the end of the line (throws). */
    public void run() throws IOException {
        link.writeByte(0xC0);
        while (true) {
            try {
                if (!command(ch.readU32("command"))) {
                    return;
                }
            } catch (DaAbort abort) {
                log.event(String.format("DA error 0x%08X: %s", abort.status(), abort.getMessage()));
                ch.writeStatus(abort.status());
                if (abort.resync()) {
                    ch.resync();
                }
            }
        }
    }

    /** Runs one command; false after SHUTDOWN. */
    private boolean command(long cmd) throws IOException, DaAbort {
        Optional<Long> forced = faults.statusFor(cmd);
        if (forced.isPresent()) {
            log.event("DA " + XFlashCodes.name(cmd) + " answered by the fault plan");
            ch.writeStatus(forced.get());
            return true;
        }
        if (cmd == XFlashCodes.SYNC_SIGNAL) {
            log.event("DA SYNC");
        } else if (cmd == XFlashCodes.SETUP_ENVIRONMENT) {
            log.event("DA SETUP_ENVIRONMENT");
            ch.read(MAX_SETUP_PARAM);
            ch.writeStatus(DaStatus.OK);
        } else if (cmd == XFlashCodes.SETUP_HW_INIT_PARAMS) {
            log.event("DA SETUP_HW_INIT_PARAMS");
            ch.read(MAX_SETUP_PARAM);
            ch.writeStatus(DaStatus.OK);
            ch.writeStatus(XFlashCodes.SYNC_SIGNAL);
        } else if (cmd == XFlashCodes.DEVICE_CTRL) {
            control.run();
        } else if (cmd == XFlashCodes.BOOT_TO) {
            bootTo();
        } else if (cmd == XFlashCodes.READ_DATA) {
            requireDa2(cmd);
            data.read();
        } else if (cmd == XFlashCodes.WRITE_DATA) {
            requireDa2(cmd);
            data.write();
        } else if (cmd == XFlashCodes.FORMAT) {
            requireDa2(cmd);
            data.format();
        } else if (cmd == XFlashCodes.INIT_EXT_RAM) {
            log.event("DA INIT_EXT_RAM");
            ch.writeStatus(DaStatus.OK);
            ch.readU32("INIT_EXT_RAM length");
            ch.read(MAX_PAYLOAD);
            ch.writeStatus(DaStatus.OK);
        } else if (cmd == XFlashCodes.SHUTDOWN) {
            log.event("DA SHUTDOWN");
            ch.writeStatus(DaStatus.OK);
            ch.read(MAX_SETUP_PARAM);
            ch.writeStatus(DaStatus.OK);
            return false;
        } else {
            log.event("DA unsupported command " + XFlashCodes.name(cmd));
            ch.writeStatus(DaStatus.UNSUPPORTED_COMMAND);
        }
        return true;
    }

    private void requireDa2(long cmd) throws DaAbort {
        if (!da2Booted) {
            throw new DaAbort(DaStatus.INVALID_STAGE, XFlashCodes.name(cmd) + " before DA2 was booted", false);
        }
    }

    /** MTK-PROTOCOL.md 5.6: parameter (u64 address, u64 length), image, "received", "booted". */
    private void bootTo() throws IOException, DaAbort {
        ch.writeStatus(DaStatus.OK);
        ByteBuffer p = ch.readExactly(16, "BOOT_TO parameter").le().order(ByteOrder.LITTLE_ENDIAN);
        long addr = p.getLong();
        long length = p.getLong();
        log.event(String.format("DA BOOT_TO 0x%X length 0x%X", addr, length));
        if (length < 0 || length > MAX_PAYLOAD) {
            ch.resync();
            throw new DaAbort(DaStatus.BUFFER_OVERFLOW, "BOOT_TO image of 0x" + Long.toHexString(length) + " bytes",
                    false);
        }
        Packet image = ch.read((int) length);
        if (image.length() != length) {
            throw new DaAbort(DaStatus.PROTOCOL_ERROR, "BOOT_TO announced 0x" + Long.toHexString(length)
                    + " bytes, sent 0x" + Integer.toHexString(image.length()), false);
        }
        log.bootTo(new SessionLog.Upload(addr, image.payload(), 0));
        ch.writeStatus(DaStatus.OK);
        ch.writeStatus(DaStatus.OK);
        // the first image booted is DA2, wherever its DA file loads it
        da2Booted = true;
    }
}
