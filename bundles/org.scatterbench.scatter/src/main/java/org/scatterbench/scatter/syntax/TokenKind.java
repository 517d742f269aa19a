package org.scatterbench.scatter.syntax;

/** What a {@link Token} is, so the writer and the structure know which tokens carry values. */
public enum TokenKind {
    /** Whitespace, comments, braces, markup: kept verbatim, never interpreted as a value. */
    TRIVIA,
    /** A field or element name. */
    KEY,
    /** The text of a value: the only kind an edit changes. */
    VALUE,
    /** A line terminator ({@code \n}, {@code \r\n} or {@code \r}). */
    EOL
}
