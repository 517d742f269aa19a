package org.scatterbench.emulator.xflash;

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

    /** BOOT_TO address of DA2 (region[2] load address in every DA file seen). */
    static final long DA2_ADDRESS = 0x40000000L;

    private XFlashCodes() {
    }

    static String name(long cmd) {
        if (cmd == DOWNLOAD) {
            return "DOWNLOAD";
        } else if (cmd == UPLOAD) {
            return "UPLOAD";
        } else if (cmd == FORMAT) {
            return "FORMAT";
        } else if (cmd == WRITE_DATA) {
            return "WRITE_DATA";
        } else if (cmd == READ_DATA) {
            return "READ_DATA";
        } else if (cmd == FORMAT_PARTITION) {
            return "FORMAT_PARTITION";
        } else if (cmd == SHUTDOWN) {
            return "SHUTDOWN";
        } else if (cmd == BOOT_TO) {
            return "BOOT_TO";
        } else if (cmd == DEVICE_CTRL) {
            return "DEVICE_CTRL";
        } else if (cmd == INIT_EXT_RAM) {
            return "INIT_EXT_RAM";
        } else if (cmd == SETUP_ENVIRONMENT) {
            return "SETUP_ENVIRONMENT";
        } else if (cmd == SETUP_HW_INIT_PARAMS) {
            return "SETUP_HW_INIT_PARAMS";
        } else if (cmd == SYNC_SIGNAL) {
            return "SYNC";
        }
        return String.format("0x%X", cmd);
    }
}
