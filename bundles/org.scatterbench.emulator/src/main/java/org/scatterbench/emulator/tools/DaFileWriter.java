package org.scatterbench.emulator.tools;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import org.scatterbench.emulator.chip.ChipProfile;

/**
 * Builds a synthetic DA file in the container layout of MTK-PROTOCOL.md section 3, one entry per
 * chip, for hosts that pick DA1 and DA2 from a file. The virtual phone checks lengths and
 * checksums of what arrives and ignores the code, so the regions carry recognisable text: DA1
 * holds the SHA-256 of DA2 (without its signature) the way a real DA1 holds DA2's hash, and each
 * region ends with a zero signature of {@link #SIGNATURE_LENGTH} bytes.
 */
public final class DaFileWriter {

    public static final int SIGNATURE_LENGTH = 0x100;
    public static final long DA1_LOAD_ADDRESS = 0x200000L;
    public static final long DA2_LOAD_ADDRESS = 0x40000000L;
    static final int HEADER_SIZE = 0x6C;
    static final int ENTRY_SIZE = 0xDC;
    static final int REGION_SIZE = 20;
    static final int REGION0_LENGTH = 0x100;
    private static final int DA1_BODY = 0x1000;
    private static final int DA2_BODY = 0x2000;

    private DaFileWriter() {
    }

    public static byte[] build(List<ChipProfile> chips) {
        if (chips.isEmpty()) {
            throw new IllegalArgumentException("a DA file needs at least one chip");
        }
        int dataStart = align(HEADER_SIZE + chips.size() * ENTRY_SIZE, 0x1000);
        byte[][] region0 = new byte[chips.size()][];
        byte[][] da1 = new byte[chips.size()][];
        byte[][] da2 = new byte[chips.size()][];
        int total = dataStart;
        for (int i = 0; i < chips.size(); i++) {
            ChipProfile c = chips.get(i);
            region0[i] = new byte[REGION0_LENGTH];
            da2[i] = da2(c);
            da1[i] = da1(c, da2[i]);
            total += region0[i].length + da1[i].length + da2[i].length;
        }
        ByteBuffer f = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        f.put(0, "MTK_DOWNLOAD_AGENT".getBytes(StandardCharsets.US_ASCII));
        f.put(0x20, "MTK_AllInOne_DA_v3".getBytes(StandardCharsets.US_ASCII));
        f.putInt(0x68, chips.size());
        int offset = dataStart;
        for (int i = 0; i < chips.size(); i++) {
            ChipProfile c = chips.get(i);
            int e = HEADER_SIZE + i * ENTRY_SIZE;
            f.putShort(e, (short) 0xDADA).putShort(e + 2, (short) c.daCode()).putShort(e + 4, (short) c.hwSubCode())
                    .putShort(e + 6, (short) c.hwVersion()).putShort(e + 8, (short) c.swVersion())
                    .putShort(e + 18, (short) 3);
            long[][] regions = {
                    { offset, region0[i].length, 0, 0, 0 },
                    { offset + region0[i].length, da1[i].length, DA1_LOAD_ADDRESS, 0, SIGNATURE_LENGTH },
                    { offset + region0[i].length + da1[i].length, da2[i].length, DA2_LOAD_ADDRESS, 0,
                            SIGNATURE_LENGTH } };
            for (int r = 0; r < regions.length; r++) {
                int at = e + 20 + r * REGION_SIZE;
                for (int k = 0; k < 5; k++) {
                    f.putInt(at + 4 * k, (int) regions[r][k]);
                }
            }
            f.put(offset, region0[i]);
            offset += region0[i].length;
            f.put(offset, da1[i]);
            offset += da1[i].length;
            f.put(offset, da2[i]);
            offset += da2[i].length;
        }
        return f.array();
    }

    private static byte[] da2(ChipProfile c) {
        byte[] d = new byte[DA2_BODY + SIGNATURE_LENGTH];
        byte[] text = ("SCATTERBENCH VIRTUAL PHONE DA2 " + c.displayName() + " ").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < DA2_BODY; i++) {
            d[i] = text[i % text.length];
        }
        return d;
    }

    private static byte[] da1(ChipProfile c, byte[] da2) {
        byte[] d = new byte[DA1_BODY + 32 + 16 + SIGNATURE_LENGTH];
        byte[] text = ("SCATTERBENCH VIRTUAL PHONE DA1 " + c.displayName() + " ").getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < DA1_BODY; i++) {
            d[i] = text[i % text.length];
        }
        System.arraycopy(sha256(Arrays.copyOf(da2, da2.length - SIGNATURE_LENGTH)), 0, d, DA1_BODY, 32);
        return d;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    private static int align(int n, int a) {
        return (n + a - 1) / a * a;
    }
}
