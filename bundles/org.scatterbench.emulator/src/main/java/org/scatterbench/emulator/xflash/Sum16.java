package org.scatterbench.emulator.xflash;

/** The WRITE_DATA chunk checksum: the sum of all bytes, kept to 16 bits. */
public final class Sum16 {

    private Sum16() {
    }

    public static int of(byte[] data) {
        int s = 0;
        for (byte b : data) {
            s += b & 0xFF;
        }
        return s & 0xFFFF;
    }
}
