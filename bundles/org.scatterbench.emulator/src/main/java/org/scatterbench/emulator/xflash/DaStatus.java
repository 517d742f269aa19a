package org.scatterbench.emulator.xflash;

/** XFlash DA status words (u32 little-endian in a status packet; 0 = OK). */
public final class DaStatus {

    public static final long OK = 0;
    /** Generic DA error; the virtual phone answers it when its flash (the image file) fails. */
    public static final long ERROR = 0xC0010001L;
    /** Protocol error: a packet that is not what the step expects (bad magic, wrong length). */
    public static final long PROTOCOL_ERROR = 0xC0010005L;
    /** Protocol buffer overflow: a packet longer than the DA will buffer. */
    public static final long BUFFER_OVERFLOW = 0xC0010006L;
    public static final long UNSUPPORTED_COMMAND = 0xC0010003L;
    public static final long UNSUPPORTED_CTRL_CODE = 0xC0010004L;
    /** Invalid stage: a storage command before DA2 was booted. */
    public static final long INVALID_STAGE = 0xC001000BL;
    public static final long STORAGE_MISMATCH = 0xC0030006L;
    public static final long CHECKSUM_ERROR = 0xC0040003L;
    /** Partition not found: an eMMC area number this phone does not have. */
    public static final long PARTITION_NOT_FOUND = 0xC0040006L;
    public static final long EXCEED_AVAILABLE_RANGE = 0xC004000BL;
    /** FORMAT progress: more to come. */
    public static final long CONTINUE = 0x40040004L;
    /** FORMAT progress: done. */
    public static final long COMPLETE = 0x40040005L;
    /** The extension's CUSTOM_ACK answer. */
    public static final long CUSTOM_ACK_MAGIC = 0xA1A2A3A4L;

    private DaStatus() {
    }
}
