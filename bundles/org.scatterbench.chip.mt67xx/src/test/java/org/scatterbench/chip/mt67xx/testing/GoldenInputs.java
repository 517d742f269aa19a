package org.scatterbench.chip.mt67xx.testing;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.scatterbench.chip.mt67xx.testing.Transcript.Unit;

/**
 * Rebuilds the inputs the golden transcripts were recorded with (corpus/transcripts/gen): the
 * dummy DA container, the lcg patterns, and the device replies the transcripts abbreviate.
 * Every rebuilt device line is checked against its recorded CRC by {@link TranscriptDevice}.
 */
public final class GoldenInputs {

    public static final int MISC_SEED = 0x00C0FFEE;
    public static final int HOST_FILE_SEED = 0x5EED5EED;
    public static final long MISC_OFFSET = 86016L * 512;
    public static final int MISC_SIZE = 512 * 512;

    private GoldenInputs() {
    }

    public static byte[] lcg(int seed, int n) {
        byte[] out = new byte[n];
        int x = seed;
        for (int i = 0; i < n; i++) {
            x = x * 1664525 + 1013904223;
            out[i] = (byte) (x >>> 24);
        }
        return out;
    }

    /** gen/mkda.py: one entry for DA code 0x6765 with dummy DA1/DA2. */
    public static byte[] daFile() throws Exception {
        int sig = 0x100;
        byte[] da2 = new byte[0x2000 + sig];
        for (int i = 0; i < 0x2000; i++) {
            da2[i] = (byte) (i * 7);
        }
        byte[] body = "DUMMY-DA1 ".repeat(400).getBytes(StandardCharsets.US_ASCII);
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(java.util.Arrays.copyOf(da2, 0x2000));
        int da1Len = body.length + 32 + 16 + sig;
        byte[] da1 = new byte[da1Len];
        System.arraycopy(body, 0, da1, 0, body.length);
        System.arraycopy(hash, 0, da1, body.length, 32);
        int off0 = 0x1000, off1 = off0 + 0x100, off2 = off1 + da1Len;
        ByteBuffer f = ByteBuffer.allocate(off2 + da2.length).order(ByteOrder.LITTLE_ENDIAN);
        f.put(0, "MTK_DOWNLOAD_AGENT".getBytes(StandardCharsets.US_ASCII));
        f.put(0x20, "MTK_AllInOne_DA_v3".getBytes(StandardCharsets.US_ASCII));
        f.putInt(0x68, 1);
        int e = 0x6C;
        short[] head = { (short) 0xDADA, 0x6765, (short) 0x8A00, (short) 0xCA00, 0, 0, 0, 0, 0, 3 };
        for (int i = 0; i < head.length; i++) {
            f.putShort(e + 2 * i, head[i]);
        }
        long[][] regs = { { off0, 0x100, 0, 0, 0 }, { off1, da1Len, 0x200000, 0, sig }, { off2, da2.length, 0x40000000L, 0, sig } };
        for (int r = 0; r < 3; r++) {
            for (int k = 0; k < 5; k++) {
                f.putInt(e + 20 + r * 20 + k * 4, (int) regs[r][k]);
            }
        }
        f.put(off1, da1);
        f.put(off2, da2);
        return f.array();
    }

    /** Device lines the transcripts abbreviate and the host side needs: GET_EMMC_INFO and the misc read. */
    public static byte[] fill(Unit u) {
        String a = u.annotation();
        if (a.startsWith("GET_EMMC_INFO data")) {
            ByteBuffer b = packet(97);
            b.putInt(1).putInt(0x200).putLong(0x400000).putLong(0x400000).putLong(0x400000);
            b.putLong(0).putLong(0).putLong(0).putLong(0).putLong(0x4000000);
            b.put(HexFormat.of().parseHex("150100454D554C380000000000000000"));
            b.put(HexFormat.of().parseHex("000100000000000000"));
            return b.array();
        }
        if (a.contains("bytes of area 8 at 0x2A00000")) {
            ByteBuffer b = packet(MISC_SIZE);
            b.put(lcg(MISC_SEED, MISC_SIZE));
            return b.array();
        }
        return null;
    }

    private static ByteBuffer packet(int len) {
        ByteBuffer b = ByteBuffer.allocate(12 + len).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xFEEEEEEF).putInt(1).putInt(len);
        return b;
    }
}
