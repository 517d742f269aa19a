package org.scatterbench.emulator.xflash;

import java.util.Map;

/** Command and DEVICE_CTRL codes of MTK-PROTOCOL.md 5.4. */
final class XFlashCodes {

    static final long MAGIC = 0xFEEEEEEFL;

    static final long DOWNLOAD = 0x010001;
    static final long UPLOAD = 0x010002;
    static final long FORMAT = 0x010003;
    static final long WRITE_DATA = 0x010004;
    static final long READ_DATA = 0x010005;
    static final long FORMAT_PARTITION = 0x010006;
    static final long SHUTDOWN = 0x010007;
    static final long BOOT_TO = 0x010008;
    static final long DEVICE_CTRL = 0x010009;
    static final long INIT_EXT_RAM = 0x01000A;
    static final long SWITCH_USB_SPEED = 0x01000B;
    static final long SETUP_ENVIRONMENT = 0x010100;
    static final long SETUP_HW_INIT_PARAMS = 0x010101;
    static final long SYNC_SIGNAL = 0x434E5953L;

    static final long SET_BATTERY_OPT = 0x020002;
    static final long SET_CHECKSUM_LEVEL = 0x020003;
    static final long SET_RESET_KEY = 0x020004;
    static final long SET_META_BOOT_MODE = 0x020006;
    static final long SET_REMOTE_SEC_POLICY = 0x02000B;
    static final long GET_EMMC_INFO = 0x040001;
    static final long GET_DA_VERSION = 0x040005;
    static final long GET_PACKET_LENGTH = 0x040007;
    static final long GET_RANDOM_ID = 0x040008;
    static final long GET_CONNECTION_AGENT = 0x04000A;
    static final long GET_USB_SPEED = 0x04000B;
    static final long GET_RAM_INFO = 0x04000C;
    static final long GET_CHIP_ID = 0x04000D;
    static final long SLA_ENABLED_STATUS = 0x040016;
    static final long CUSTOM_ACK = 0x0F0000;
    static final long CUSTOM_SET_STORAGE = 0x0F0005;

    private XFlashCodes() {
    }

    private static final Map<Long, String> NAMES = Map.ofEntries(Map.entry(DOWNLOAD, "DOWNLOAD"),
            Map.entry(UPLOAD, "UPLOAD"), Map.entry(FORMAT, "FORMAT"), Map.entry(WRITE_DATA, "WRITE_DATA"),
            Map.entry(READ_DATA, "READ_DATA"), Map.entry(FORMAT_PARTITION, "FORMAT_PARTITION"),
            Map.entry(SHUTDOWN, "SHUTDOWN"), Map.entry(BOOT_TO, "BOOT_TO"), Map.entry(DEVICE_CTRL, "DEVICE_CTRL"),
            Map.entry(INIT_EXT_RAM, "INIT_EXT_RAM"), Map.entry(SWITCH_USB_SPEED, "SWITCH_USB_SPEED"),
            Map.entry(SETUP_ENVIRONMENT, "SETUP_ENVIRONMENT"), Map.entry(SETUP_HW_INIT_PARAMS, "SETUP_HW_INIT_PARAMS"),
            Map.entry(SYNC_SIGNAL, "SYNC"));

    /** The command's name for logs, or its hex code. */
    static String name(long cmd) {
        return NAMES.getOrDefault(cmd, String.format("0x%X", cmd));
    }
}
