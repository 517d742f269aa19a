package org.scatterbench.emulator.golden;

/** The transcripts' pattern generator: x = x * 1664525 + 1013904223 (mod 2^32), byte = x >> 24. */
public final class Lcg {

    private Lcg() {
    }

    public static byte[] bytes(long seed, int n) {
        int x = (int) seed;
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) {
            x = x * 1664525 + 1013904223;
            out[i] = (byte) (x >>> 24);
        }
        return out;
    }
}
