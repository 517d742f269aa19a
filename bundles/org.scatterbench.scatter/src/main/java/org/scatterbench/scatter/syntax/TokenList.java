package org.scatterbench.scatter.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered tokens of a document. Rendering concatenates them; {@link #relocate()} recomputes
 * every token's line and column after a structural change.
 */
public final class TokenList {

    private final List<Token> tokens = new ArrayList<>();

    public Token add(TokenKind kind, String text) {
        Token t = new Token(kind, text);
        tokens.add(t);
        return t;
    }

    public List<Token> tokens() {
        return Collections.unmodifiableList(tokens);
    }

    public int indexOf(Token t) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == t) {
                return i;
            }
        }
        return -1;
    }

    /** Removes tokens [from, to) and returns them in order. */
    public List<Token> removeRange(int from, int to) {
        List<Token> sub = tokens.subList(from, to);
        List<Token> removed = new ArrayList<>(sub);
        sub.clear();
        relocate();
        return removed;
    }

    public void insertAll(int at, List<Token> newTokens) {
        tokens.addAll(at, newTokens);
        relocate();
    }

    public String render() {
        int len = 0;
        for (Token t : tokens) {
            len += t.text().length();
        }
        StringBuilder sb = new StringBuilder(len);
        for (Token t : tokens) {
            sb.append(t.text());
        }
        return sb.toString();
    }

    /** Recomputes line and column of every token; a lone CR, an LF and a CRLF each end a line. */
    public void relocate() {
        int line = 1;
        int col = 1;
        char prev = 0;
        for (Token t : tokens) {
            t.line = line;
            t.column = col;
            String s = t.text();
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    if (prev != '\r') {
                        line++;
                    }
                    col = 1;
                } else if (c == '\r') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
                prev = c;
            }
        }
    }
}
