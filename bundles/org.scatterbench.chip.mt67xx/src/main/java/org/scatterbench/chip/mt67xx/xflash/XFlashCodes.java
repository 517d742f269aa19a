package org.scatterbench.chip.mt67xx.xflash;

/** XFlash command and DEVICE_CTRL codes (MTK-PROTOCOL.md 5.4). */
final class XFlashCodes {

    static final int FORMAT = 0x010003;
    static final int WRITE_DATA = 0x010004;
    static final int READ_DATA = 0x010005;
    static final int SHUTDOWN = 0x010007;
    static final int BOOT_TO = 0x010008;
    static final int DEVICE_CTRL = 0x010009;
    static final int SETUP_ENVIRONMENT = 0x010100;
    static final int SETUP_HW_INIT_PARAMS = 0x010101;
    static final int SYNC_SIGNAL = 0x434E5953;

    static final int GET_EMMC_INFO = 0x040001;
    static final int GET_NAND_INFO = 0x040002;
    static final int GET_NOR_INFO = 0x040003;
    static final int GET_UFS_INFO = 0x040004;
    static final int GET_DA_VERSION = 0x040005;
    static final int GET_PACKET_LENGTH = 0x040007;
    static final int GET_RANDOM_ID = 0x040008;
    static final int GET_CONNECTION_AGENT = 0x04000A;
    static final int GET_USB_SPEED = 0x04000B;
    static final int GET_RAM_INFO = 0x04000C;
    static final int GET_CHIP_ID = 0x04000D;
    static final int SLA_ENABLED_STATUS = 0x040016;

    /** The sync byte DA1 sends, unframed, right after it starts. */
    static final int DA_SYNC_BYTE = 0xC0;

    private XFlashCodes() {
    }
}
