package org.scatterbench.scatter.xml;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.scatter.ScatterReadException;

/**
 * Splits XML text into lexemes without losing a character, so that the document can be written
 * back byte for byte. It understands what scatter XML uses (elements, attributes, text, comments,
 * processing instructions, CDATA, a DOCTYPE) and rejects malformed markup with the line number.
 */
final class XmlLexer {

    private final String source;
    private final String s;
    private int pos;
    private int line = 1;

    private XmlLexer(String source, String text) {
        this.source = source;
        this.s = text;
    }

    static List<Lexeme> lex(String source, String text) throws ScatterReadException {
        return new XmlLexer(source, text).run();
    }

    private List<Lexeme> run() throws ScatterReadException {
        List<Lexeme> out = new ArrayList<>();
        while (pos < s.length()) {
            int startLine = line;
            if (s.charAt(pos) != '<') {
                int end = s.indexOf('<', pos);
                end = end < 0 ? s.length() : end;
                out.add(new Lexeme(Lexeme.Type.TEXT, startLine, take(end), null));
            } else if (s.startsWith("<!--", pos)) {
                out.add(new Lexeme(Lexeme.Type.OTHER, startLine, takeThrough("-->", "comment"), null));
            } else if (s.startsWith("<![CDATA[", pos)) {
                out.add(new Lexeme(Lexeme.Type.OTHER, startLine, takeThrough("]]>", "CDATA section"), null));
            } else if (s.startsWith("<?", pos)) {
                out.add(new Lexeme(Lexeme.Type.OTHER, startLine, takeThrough("?>", "processing instruction"), null));
            } else if (s.startsWith("<!", pos)) {
                out.add(new Lexeme(Lexeme.Type.OTHER, startLine, takeThrough(">", "declaration"), null));
            } else if (s.startsWith("</", pos)) {
                int nameStart = pos + 2;
                int nameEnd = nameEnd(nameStart);
                int gt = skipBlanks(nameEnd);
                if (nameEnd == nameStart || gt >= s.length() || s.charAt(gt) != '>') {
                    throw error("malformed end tag");
                }
                String name = s.substring(nameStart, nameEnd);
                out.add(new Lexeme(Lexeme.Type.END, startLine, take(gt + 1), name));
            } else {
                out.add(startTag(startLine));
            }
        }
        return out;
    }

    private Lexeme startTag(int startLine) throws ScatterReadException {
        int nameStart = pos + 1;
        int nameEnd = nameEnd(nameStart);
        if (nameEnd == nameStart) {
            throw error("'<' that does not start a tag (write &lt; in text)");
        }
        String name = s.substring(nameStart, nameEnd);
        Lexeme tag = new Lexeme(Lexeme.Type.START, startLine, take(nameEnd), name);
        List<Lexeme.Attribute> attrs = new ArrayList<>();
        while (true) {
            int i = skipBlanks(pos);
            if (i >= s.length()) {
                throw error("tag <" + name + "> is not closed");
            }
            char c = s.charAt(i);
            if (c == '>' || s.startsWith("/>", i)) {
                Lexeme done = c == '>' ? tag : new Lexeme(Lexeme.Type.EMPTY, startLine, tag.raw, name);
                done.attributes.addAll(attrs);
                done.close = take(c == '>' ? i + 1 : i + 2);
                return done;
            }
            if (i == pos) {
                throw error("attributes of <" + name + "> must be separated by blanks");
            }
            int an = nameEnd(i);
            if (an == i) {
                throw error("malformed attribute in <" + name + ">");
            }
            int eq = skipBlanks(an);
            if (eq >= s.length() || s.charAt(eq) != '=') {
                throw error("attribute '" + s.substring(i, an) + "' of <" + name + "> has no value");
            }
            int q = skipBlanks(eq + 1);
            if (q >= s.length() || s.charAt(q) != '"' && s.charAt(q) != '\'') {
                throw error("attribute '" + s.substring(i, an) + "' of <" + name + "> is not quoted");
            }
            int close = s.indexOf(s.charAt(q), q + 1);
            int lt = s.indexOf('<', q + 1);
            if (close < 0 || lt >= 0 && lt < close) {
                throw error("attribute '" + s.substring(i, an) + "' of <" + name + "> is not closed");
            }
            String attrName = s.substring(i, an);
            String before = take(q + 1);
            String value = take(close);
            String after = take(close + 1);
            attrs.add(new Lexeme.Attribute(attrName, before, value, after));
        }
    }

    private int nameEnd(int from) {
        int i = from;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ':') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private int skipBlanks(int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private String takeThrough(String terminator, String what) throws ScatterReadException {
        int end = s.indexOf(terminator, pos + 2);
        if (end < 0) {
            throw error(what + " is never closed ('" + terminator + "' missing)");
        }
        return take(end + terminator.length());
    }

    private String take(int end) {
        String piece = s.substring(pos, end);
        for (int i = 0; i < piece.length(); i++) {
            char c = piece.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == piece.length() || piece.charAt(i + 1) != '\n')) {
                line++;
            }
        }
        pos = end;
        return piece;
    }

    private ScatterReadException error(String message) {
        return new ScatterReadException(source, line, message);
    }
}
