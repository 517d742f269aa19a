package org.scatterbench.scatter.syntax;

import java.util.Objects;

/**
 * One piece of the concrete syntax of a scatter document. The document is the concatenation of
 * its tokens; an edit replaces the text of a single {@link TokenKind#VALUE} token, so the bytes
 * around it cannot change. Line and column are refreshed by {@link TokenList#relocate()}.
 */
public final class Token {

    private final TokenKind kind;
    private String text;
    int line;
    int column;

    public Token(TokenKind kind, String text) {
        this.kind = Objects.requireNonNull(kind);
        this.text = Objects.requireNonNull(text);
    }

    public TokenKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    void setText(String newText) {
        this.text = Objects.requireNonNull(newText);
    }

    /** 1-based line of the token's first character. */
    public int line() {
        return line;
    }

    /** 1-based column of the token's first character. */
    public int column() {
        return column;
    }

    public Token copy() {
        Token t = new Token(kind, text);
        t.line = line;
        t.column = column;
        return t;
    }

    @Override
    public String toString() {
        return kind + "'" + text + "'";
    }
}
