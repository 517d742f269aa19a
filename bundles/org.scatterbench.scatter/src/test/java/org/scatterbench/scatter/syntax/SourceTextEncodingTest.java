package org.scatterbench.scatter.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.scatterbench.scatter.ScatterReadException;

/** Edited text is written back in the file's own charset, never silently as UTF-8 or with '?'. */
class SourceTextEncodingTest {

    private static final String LATIN1_TEXT = "# Partitionsgr\u00f6\u00dfe\n- partition_name: boot\n";

    @Test
    void aLatin1FileIsReadAsLatin1AndAnUnchangedTextGivesTheSameBytes() throws Exception {
        byte[] original = LATIN1_TEXT.getBytes(StandardCharsets.ISO_8859_1);
        SourceText t = SourceText.decode("a.txt", original);
        assertThat(t.charset()).isEqualTo(StandardCharsets.ISO_8859_1);
        assertThat(t.text()).isEqualTo(LATIN1_TEXT);
        assertThat(t.encodeEdited("a.txt", t.text())).isEqualTo(original);
    }

    @Test
    void anEditOfALatin1FileStaysLatin1() throws Exception {
        SourceText t = SourceText.decode("a.txt", LATIN1_TEXT.getBytes(StandardCharsets.ISO_8859_1));
        String edited = t.text().replace("boot", "b\u00fcro");
        byte[] out = t.encodeEdited("a.txt", edited);
        assertThat(out).isEqualTo(edited.getBytes(StandardCharsets.ISO_8859_1));
        // one byte per umlaut, not the two-byte UTF-8 spelling that reads back as "grÃ¶Ãe"
        assertThat(out).hasSize(edited.length());
        assertThat(SourceText.decode("a.txt", out).text()).isEqualTo(edited);
    }

    @Test
    void aCharacterTheCharsetCannotHoldIsAnErrorNamingTheLine() throws Exception {
        SourceText t = SourceText.decode("a.txt", LATIN1_TEXT.getBytes(StandardCharsets.ISO_8859_1));
        String edited = t.text() + "# 5 \u20ac\n";
        assertThatThrownBy(() -> t.encodeEdited("a.txt", edited)).isInstanceOf(ScatterReadException.class)
                .hasMessageContaining("a.txt:3").hasMessageContaining("U+20AC").hasMessageContaining("ISO-8859-1");
    }

    @Test
    void utf8WithBomKeepsItsBomAndTakesAnyCharacter() throws Exception {
        byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
        byte[] body = LATIN1_TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] original = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, original, 0, 3);
        System.arraycopy(body, 0, original, 3, body.length);
        SourceText t = SourceText.decode("u.txt", original);
        assertThat(t.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(t.encodeEdited("u.txt", t.text())).isEqualTo(original);
        byte[] out = t.encodeEdited("u.txt", t.text() + "\u20ac");
        assertThat(out).startsWith(bom);
        assertThat(new String(out, 3, out.length - 3, StandardCharsets.UTF_8)).endsWith("\u20ac");
    }
}
