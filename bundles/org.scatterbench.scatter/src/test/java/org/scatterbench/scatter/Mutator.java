package org.scatterbench.scatter;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/** Damages scatter bytes the ways real files get damaged, and some ways only an attacker would. */
final class Mutator {

    static final int KINDS = 12;

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    byte[] mutate(byte[] in, int kind) {
        switch (kind) {
            case 0:
                return Arrays.copyOf(in, random.nextInt(in.length + 1));
            case 1:
                return flip(in, 1 + random.nextInt(8));
            case 2:
                return insert(in, junk(1 + random.nextInt(64), true));
            case 3:
                return insert(in, junk(1 + random.nextInt(64), false));
            case 4:
                return replaceNumber(in, random.nextBoolean() ? "0xFFFFFFFFFFFFFFFFFFFFFFFF" : "184467440737095516160000");
            case 5:
                return replaceNumber(in, random.nextBoolean() ? "0x7FFFFFFFFFFFFFFF" : "-0x10");
            case 6:
                return deleteChar(in, random.nextBoolean() ? '}' : '{');
            case 7:
                return deleteChar(in, random.nextBoolean() ? ':' : '>');
            case 8:
                return deleteLine(in);
            case 9:
                return duplicateLine(in);
            case 10:
                return insert(in, ("\n" + (random.nextBoolean() ? "<" : "- ") + "\n").getBytes(StandardCharsets.US_ASCII));
            default:
                return swapRange(in);
        }
    }

    /** A line of {@code length} bytes: the "10 MB line" case. */
    byte[] longLine(byte[] in, int length, byte fill) {
        byte[] line = new byte[length];
        Arrays.fill(line, fill);
        return insert(in, line);
    }

    private byte[] flip(byte[] in, int n) {
        byte[] out = in.clone();
        for (int i = 0; i < n && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private byte[] junk(int n, boolean withNul) {
        byte[] j = new byte[n];
        random.nextBytes(j);
        if (!withNul) {
            for (int i = 0; i < n; i++) {
                if (j[i] == 0) {
                    j[i] = (byte) 0xAB;
                }
            }
        }
        return j;
    }

    private byte[] insert(byte[] in, byte[] what) {
        int at = random.nextInt(in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + what.length);
        out.write(in, 0, at);
        out.write(what, 0, what.length);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private byte[] replaceNumber(byte[] in, String with) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int from = random.nextInt(Math.max(1, s.length()));
        int at = s.indexOf("0x", from);
        if (at < 0) {
            at = s.indexOf("0x");
        }
        if (at < 0) {
            return in;
        }
        int end = at + 2;
        while (end < s.length() && Character.digit(s.charAt(end), 16) >= 0) {
            end++;
        }
        return (s.substring(0, at) + with + s.substring(end)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] deleteChar(byte[] in, char c) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int at = s.indexOf(c, random.nextInt(Math.max(1, s.length())));
        if (at < 0) {
            at = s.indexOf(c);
        }
        return at < 0 ? in : (s.substring(0, at) + s.substring(at + 1)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] deleteLine(byte[] in) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int at = s.indexOf('\n', random.nextInt(Math.max(1, s.length())));
        int next = at < 0 ? -1 : s.indexOf('\n', at + 1);
        return next < 0 ? in : (s.substring(0, at) + s.substring(next)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] duplicateLine(byte[] in) {
        String s = new String(in, StandardCharsets.ISO_8859_1);
        int at = s.indexOf('\n', random.nextInt(Math.max(1, s.length())));
        int next = at < 0 ? -1 : s.indexOf('\n', at + 1);
        return next < 0 ? in
                : (s.substring(0, next) + s.substring(at, next) + s.substring(next)).getBytes(StandardCharsets.ISO_8859_1);
    }

    private byte[] swapRange(byte[] in) {
        if (in.length < 4) {
            return in;
        }
        int a = random.nextInt(in.length / 2);
        int b = in.length / 2 + random.nextInt(in.length / 2);
        int len = Math.min(1 + random.nextInt(200), Math.min(b - a, in.length - b));
        byte[] out = in.clone();
        System.arraycopy(in, b, out, a, len);
        System.arraycopy(in, a, out, b, len);
        return out;
    }
}
