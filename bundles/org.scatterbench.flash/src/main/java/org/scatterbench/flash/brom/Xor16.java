package org.scatterbench.flash.brom;

/**
 * The SEND_DA checksum: XOR of the upload's 16-bit little-endian words, an odd tail byte padded
 * with zero (MTK-PROTOCOL.md section 2.2).
 */
public final class Xor16 {

    private int value;
    private int pending = -1;

    public void update(byte[] data, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = data[i] & 0xFF;
            if (pending < 0) {
                pending = b;
            } else {
                value ^= pending | (b << 8);
                pending = -1;
            }
        }
    }

    /** The checksum of everything so far (a trailing odd byte counts as a word with a zero high byte). */
    public int value() {
        return pending < 0 ? value : value ^ pending;
    }

    public static int of(byte[] data) {
        Xor16 x = new Xor16();
        x.update(data, 0, data.length);
        return x.value();
    }
}
