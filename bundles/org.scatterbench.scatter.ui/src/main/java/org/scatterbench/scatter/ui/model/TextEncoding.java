package org.scatterbench.scatter.ui.model;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Turns the source page's text back into bytes spelled like the original: same byte-order mark and
 * the matching charset, so an unchanged text re-parses to the original bytes.
 */
final class TextEncoding {

    private TextEncoding() {
    }

    static byte[] encodeLike(byte[] original, String text) {
        byte[] bom = new byte[0];
        Charset cs = StandardCharsets.UTF_8;
        if (startsWith(original, 0xEF, 0xBB, 0xBF)) {
            bom = new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        } else if (startsWith(original, 0xFF, 0xFE)) {
            bom = new byte[] { (byte) 0xFF, (byte) 0xFE };
            cs = StandardCharsets.UTF_16LE;
        } else if (startsWith(original, 0xFE, 0xFF)) {
            bom = new byte[] { (byte) 0xFE, (byte) 0xFF };
            cs = StandardCharsets.UTF_16BE;
        }
        ByteBuffer body = cs.encode(text);
        byte[] out = new byte[bom.length + body.remaining()];
        System.arraycopy(bom, 0, out, 0, bom.length);
        body.get(out, bom.length, body.remaining());
        return out;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
