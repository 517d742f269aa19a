package org.scatterbench.emulator.golden;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/** DA1 and DA2 of the transcripts' dummy DA file, rebuilt from gen/mkda.py's description. */
public final class GoldenDa {

    private static final int SIG = 0x100;

    private GoldenDa() {
    }

    /** DA2 with its signature, as region[2] of the file holds it. */
    public static byte[] da2() {
        byte[] d = new byte[0x2000 + SIG];
        for (int i = 0; i < 0x2000; i++) {
            d[i] = (byte) (i * 7);
        }
        return d;
    }

    /** DA1 with its signature: "DUMMY-DA1 " x 400, SHA-256 of DA2 without signature, 16 zeros, signature. */
    public static byte[] da1() {
        byte[] body = "DUMMY-DA1 ".repeat(400).getBytes(StandardCharsets.US_ASCII);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(Arrays.copyOf(da2(), 0x2000));
            byte[] d = new byte[body.length + 32 + 16 + SIG];
            System.arraycopy(body, 0, d, 0, body.length);
            System.arraycopy(hash, 0, d, body.length, 32);
            return d;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
