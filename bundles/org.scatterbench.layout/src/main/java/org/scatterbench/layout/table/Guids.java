package org.scatterbench.layout.table;

import java.util.UUID;

/** GPT stores GUIDs "mixed-endian": the first three fields little-endian, the rest as written. */
final class Guids {

    /** "Linux filesystem data"; MediaTek tables use it (or Basic data) for every partition. */
    static final UUID LINUX_DATA = UUID.fromString("0FC63DAF-8483-4772-8E79-3D69D8477DE4");

    private Guids() {
    }

    static UUID read(byte[] b, int off) {
        long d1 = Le.u32(b, off);
        long d2 = Le.u16(b, off + 4);
        long d3 = Le.u16(b, off + 6);
        long msb = d1 << 32 | d2 << 16 | d3;
        long lsb = 0;
        for (int i = 8; i < 16; i++) {
            lsb = lsb << 8 | (b[off + i] & 0xFF);
        }
        return new UUID(msb, lsb);
    }

    static void write(byte[] b, int off, UUID u) {
        long msb = u.getMostSignificantBits();
        Le.put32(b, off, msb >>> 32);
        b[off + 4] = (byte) (msb >>> 16);
        b[off + 5] = (byte) (msb >>> 24);
        b[off + 6] = (byte) msb;
        b[off + 7] = (byte) (msb >>> 8);
        long lsb = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[off + 8 + i] = (byte) (lsb >>> (56 - 8 * i));
        }
    }

    static boolean isZero(byte[] b, int off) {
        for (int i = 0; i < 16; i++) {
            if (b[off + i] != 0) {
                return false;
            }
        }
        return true;
    }
}
