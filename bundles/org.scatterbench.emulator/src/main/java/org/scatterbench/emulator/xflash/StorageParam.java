package org.scatterbench.emulator.xflash;

import java.nio.ByteBuffer;

/**
 * The 56-byte parameter of READ_DATA, WRITE_DATA and FORMAT (MTK-PROTOCOL.md 5.7): storage kind,
 * eMMC partition (area), u64 byte address, u64 byte length, then 8 NAND words the eMMC ignores.
 * Address and length are unsigned on the wire; values past 2^63 stay negative here and fail every
 * range check.
 */
record StorageParam(long storage, long partition, long address, long length) {

    static final int SIZE = 56;
    static final long STORAGE_EMMC = 1;

    static StorageParam parse(Packet p) {
        ByteBuffer b = p.le();
        long storage = b.getInt() & 0xFFFFFFFFL;
        long part = b.getInt() & 0xFFFFFFFFL;
        return new StorageParam(storage, part, b.getLong(), b.getLong());
    }

    @Override
    public String toString() {
        return String.format("storage %d area %d at 0x%X length 0x%X", storage, partition, address, length);
    }
}
