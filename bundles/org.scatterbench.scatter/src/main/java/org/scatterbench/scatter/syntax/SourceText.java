package org.scatterbench.scatter.syntax;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.scatterbench.scatter.ScatterReadException;

/**
 * The bytes of a file as text, with what it takes to write the same bytes back: the byte-order
 * mark and the charset. Valid UTF-8 is read as UTF-8; anything else as ISO-8859-1, which maps
 * every byte to one character and back, so even odd bytes survive a round trip.
 */
public final class SourceText {

    /** Real scatter files are below 100 KB; this only keeps a wrong file from exhausting memory. */
    public static final int MAX_BYTES = 64 * 1024 * 1024;

    private static final byte[] UTF8_BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
    private static final byte[] UTF16LE_BOM = { (byte) 0xFF, (byte) 0xFE };
    private static final byte[] UTF16BE_BOM = { (byte) 0xFE, (byte) 0xFF };

    private final byte[] bom;
    private final Charset charset;
    private final String text;

    private SourceText(byte[] bom, Charset charset, String text) {
        this.bom = bom;
        this.charset = charset;
        this.text = text;
    }

    public static SourceText decode(String source, byte[] content) throws ScatterReadException {
        if (content.length > MAX_BYTES) {
            throw new ScatterReadException(source, 0, "file is " + content.length
                    + " bytes, far too large for a scatter file (limit " + MAX_BYTES + ")");
        }
        if (startsWith(content, UTF16LE_BOM)) {
            return strict(source, content, UTF16LE_BOM, StandardCharsets.UTF_16LE);
        }
        if (startsWith(content, UTF16BE_BOM)) {
            return strict(source, content, UTF16BE_BOM, StandardCharsets.UTF_16BE);
        }
        byte[] bom = startsWith(content, UTF8_BOM) ? UTF8_BOM : new byte[0];
        byte[] body = Arrays.copyOfRange(content, bom.length, content.length);
        rejectBinary(source, body);
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return new SourceText(bom, StandardCharsets.UTF_8, s);
        } catch (CharacterCodingException e) {
            return new SourceText(bom, StandardCharsets.ISO_8859_1, new String(body, StandardCharsets.ISO_8859_1));
        }
    }

    private static SourceText strict(String source, byte[] content, byte[] bom, Charset cs)
            throws ScatterReadException {
        try {
            String s = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, bom.length, content.length - bom.length)).toString();
            if (s.indexOf('\0') >= 0) {
                throw new ScatterReadException(source, lineOf(s, s.indexOf('\0')), "binary content (NUL character)");
            }
            return new SourceText(bom, cs, s);
        } catch (CharacterCodingException e) {
            throw new ScatterReadException(source, 0, "not valid " + cs.name() + " text");
        }
    }

    /** NUL never occurs in a text scatter; finding one means the file is binary or corrupt. */
    private static void rejectBinary(String source, byte[] body) throws ScatterReadException {
        int line = 1;
        for (byte b : body) {
            if (b == '\n') {
                line++;
            } else if (b == 0) {
                throw new ScatterReadException(source, line, "binary content (NUL byte): not a text scatter file");
            }
        }
    }

    private static int lineOf(String s, int pos) {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static boolean startsWith(byte[] a, byte[] prefix) {
        if (a.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    public String text() {
        return text;
    }

    public Charset charset() {
        return charset;
    }

    /** True when {@code value} can be written in this file's charset. */
    public boolean canEncode(String value) {
        return charset.newEncoder().canEncode(value);
    }

    /** A fresh UTF-8 source for generated documents. */
    public static SourceText utf8(String text) {
        return new SourceText(new byte[0], StandardCharsets.UTF_8, text);
    }

    /**
     * The bytes of text the user typed, spelled like this file: its BOM and its charset (never a
     * silent switch to UTF-8, which would garble every non-ASCII byte of a Latin-1 file).
     *
     * @throws ScatterReadException naming the line when a character does not exist in the charset
     */
    public byte[] encodeEdited(String source, String edited) throws ScatterReadException {
        CharsetEncoder enc = charset.newEncoder();
        if (enc.canEncode(edited)) {
            return encode(edited);
        }
        for (int i = 0; i < edited.length(); i = edited.offsetByCodePoints(i, 1)) {
            int cp = edited.codePointAt(i);
            if (!enc.canEncode(new String(Character.toChars(cp)))) {
                throw new ScatterReadException(source, lineOf(edited, i), "the character '"
                        + new String(Character.toChars(cp)) + "' (U+" + String.format("%04X", cp)
                        + ") cannot be written in this file's encoding (" + charset.name() + ")");
            }
        }
        return encode(edited);
    }

    /** The bytes of {@code rendered}: the original BOM, then the text in the original charset. */
    public byte[] encode(String rendered) {
        CharsetEncoder enc = charset.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bb;
        try {
            bb = enc.encode(CharBuffer.wrap(rendered));
        } catch (CharacterCodingException e) {
            // edits are checked with canEncode, so this means a programming error, not bad input
            throw new IllegalStateException("text not encodable in " + charset, e);
        }
        byte[] out = new byte[bom.length + bb.remaining()];
        System.arraycopy(bom, 0, out, 0, bom.length);
        bb.get(out, bom.length, bb.remaining());
        return out;
    }
}
