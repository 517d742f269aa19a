package org.scatterbench.emulator.xflash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.scatterbench.emulator.SessionLog;
import org.scatterbench.emulator.chip.ChipProfile;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.EmmcStorage;

/**
 * DEVICE_CTRL (MTK-PROTOCOL.md 5.3, 5.5): after the command's status the host names a code. A
 * getter answers status, a data packet, status; a setter answers status, takes one parameter
 * packet, answers status; any other code is "unsupported" (0xC0010004), as a real DA answers
 * codes it does not know. mtkclient's CUSTOM_ACK is implemented because a client that gets
 * "unsupported" there waits for a status that never comes.
 */
final class DeviceControl {

    private static final int MAX_SETTER_PARAM = 0x1000;

    private final PacketChannel ch;
    private final ChipProfile chip;
    private final DaIdentity id;
    private final EmmcStorage storage;
    private final FaultPlan faults;
    private final SessionLog log;
    private long checksumLevel;

    DeviceControl(PacketChannel ch, ChipProfile chip, DaIdentity id, EmmcStorage storage, FaultPlan faults,
            SessionLog log) {
        this.ch = ch;
        this.chip = chip;
        this.id = id;
        this.storage = storage;
        this.faults = faults;
        this.log = log;
    }

    long checksumLevel() {
        return checksumLevel;
    }

    void run() throws IOException, DaAbort {
        ch.writeStatus(DaStatus.OK);
        long code = ch.readU32("DEVICE_CTRL code");
        log.event(String.format("DA DEVICE_CTRL 0x%06X", code));
        Optional<Long> forced = faults.statusFor(code);
        if (forced.isPresent()) {
            ch.writeStatus(forced.get());
            return;
        }
        if (isSetter(code)) {
            ch.writeStatus(DaStatus.OK);
            Packet p = ch.read(MAX_SETTER_PARAM);
            if (code == XFlashCodes.SET_CHECKSUM_LEVEL && p.length() >= 4) {
                checksumLevel = p.u32();
            }
            ch.writeStatus(DaStatus.OK);
            return;
        }
        Optional<byte[]> data = getter(code);
        if (data.isEmpty()) {
            ch.writeStatus(DaStatus.UNSUPPORTED_CTRL_CODE);
            return;
        }
        ch.writeStatus(DaStatus.OK);
        ch.write(data.get());
        ch.writeStatus(DaStatus.OK);
    }

    private static boolean isSetter(long code) {
        return code == XFlashCodes.SET_BATTERY_OPT || code == XFlashCodes.SET_CHECKSUM_LEVEL
                || code == XFlashCodes.SET_RESET_KEY || code == XFlashCodes.SET_META_BOOT_MODE
                || code == XFlashCodes.SET_REMOTE_SEC_POLICY || code == XFlashCodes.CUSTOM_SET_STORAGE;
    }

    private Optional<byte[]> getter(long code) {
        if (code == XFlashCodes.GET_CONNECTION_AGENT) {
            return Optional.of(ascii(id.connectionAgent()));
        } else if (code == XFlashCodes.GET_PACKET_LENGTH) {
            return Optional.of(le(8).putInt(id.writePacketLength()).putInt(id.readPacketLength()).array());
        } else if (code == XFlashCodes.GET_RAM_INFO) {
            return Optional.of(le(24).putInt(0).putInt((int) id.sramBase()).putInt((int) id.sramSize())
                    .putInt((int) id.dramType()).putInt((int) id.dramBase()).putInt((int) id.dramSize()).array());
        } else if (code == XFlashCodes.GET_EMMC_INFO) {
            return Optional.of(emmcInfo());
        } else if (code == XFlashCodes.GET_CHIP_ID) {
            return Optional.of(le(10).putShort((short) chip.hwCode()).putShort((short) chip.hwSubCode())
                    .putShort((short) chip.hwVersion()).putShort((short) chip.swVersion())
                    .putShort((short) id.chipEvolution()).array());
        } else if (code == XFlashCodes.GET_DA_VERSION) {
            return Optional.of(ascii(id.daVersion()));
        } else if (code == XFlashCodes.GET_RANDOM_ID) {
            return Optional.of(chip.randomId());
        } else if (code == XFlashCodes.GET_USB_SPEED) {
            return Optional.of(ascii(id.usbSpeed()));
        } else if (code == XFlashCodes.SLA_ENABLED_STATUS) {
            return Optional.of(le(4).putInt(chip.requiresAuth() ? 1 : 0).array());
        } else if (code == XFlashCodes.CUSTOM_ACK) {
            return Optional.of(le(4).putInt((int) DaStatus.CUSTOM_ACK_MAGIC).array());
        }
        return Optional.empty();
    }

    /** type, block size, 8 area sizes (boot1, boot2, rpmb, gp1..4, user), CID, u64 firmware version. */
    private byte[] emmcInfo() {
        ByteBuffer b = le(4 + 4 + 8 * 8 + 16 + 8);
        b.putInt(1).putInt(0x200);
        b.putLong(storage.bootSize()).putLong(storage.bootSize()).putLong(storage.rpmbSize());
        b.putLong(0).putLong(0).putLong(0).putLong(0);
        b.putLong(storage.userSize());
        b.put(id.emmcCid());
        b.putLong(id.emmcFirmwareVersion());
        return b.array();
    }

    private static ByteBuffer le(int n) {
        return ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
