package org.scatterbench.image.content;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The leading bytes of an image, read once, with bounds-checked little- and big-endian field
 * access: a field beyond what was read simply is not there, it never throws.
 */
final class Head {

    private final ByteBuffer le;
    private final ByteBuffer be;

    Head(byte[] bytes, int length) {
        this.le = ByteBuffer.wrap(bytes, 0, length).slice().order(ByteOrder.LITTLE_ENDIAN);
        this.be = le.duplicate().order(ByteOrder.BIG_ENDIAN);
    }

    int length() {
        return le.limit();
    }

    boolean has(int offset, int size) {
        return offset >= 0 && size >= 0 && offset <= le.limit() - size;
    }

    long u8(int off) {
        return le.get(off) & 0xFFL;
    }

    long u16(int off) {
        return le.getShort(off) & 0xFFFFL;
    }

    long u32(int off) {
        return le.getInt(off) & 0xFFFF_FFFFL;
    }

    long u64(int off) {
        return le.getLong(off);
    }

    long u32be(int off) {
        return be.getInt(off) & 0xFFFF_FFFFL;
    }

    long u64be(int off) {
        return be.getLong(off);
    }

    byte[] bytes(int off, int len) {
        byte[] b = new byte[len];
        le.get(off, b);
        return b;
    }

    boolean startsWith(int off, String ascii) {
        byte[] want = ascii.getBytes(StandardCharsets.US_ASCII);
        if (!has(off, want.length)) {
            return false;
        }
        for (int i = 0; i < want.length; i++) {
            if (le.get(off + i) != want[i]) {
                return false;
            }
        }
        return true;
    }

    /** A NUL-terminated ASCII/UTF-8 field, trimmed; non-printable bytes become '?'. */
    String cString(int off, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < max && has(off + i, 1); i++) {
            int c = le.get(off + i) & 0xFF;
            if (c == 0) {
                break;
            }
            sb.append(c >= 0x20 && c < 0x7F ? (char) c : '?');
        }
        return sb.toString().trim();
    }

    boolean allZero() {
        for (int i = 0; i < le.limit(); i++) {
            if (le.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
