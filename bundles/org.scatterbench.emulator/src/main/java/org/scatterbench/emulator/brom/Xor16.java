package org.scatterbench.emulator.brom;

/** The SEND_DA checksum: XOR of the image's little-endian 16-bit words, an odd tail padded with 0. */
public final class Xor16 {

    private Xor16() {
    }

    public static int of(byte[] data) {
        int x = 0;
        int i = 0;
        for (; i + 1 < data.length; i += 2) {
            x ^= (data[i] & 0xFF) | (data[i + 1] & 0xFF) << 8;
        }
        if (i < data.length) {
            x ^= data[i] & 0xFF;
        }
        return x & 0xFFFF;
    }
}
