package org.scatterbench.scatter.xml;

import java.util.ArrayList;
import java.util.List;

/** One piece of XML as written: text, a start/end/empty tag, or other markup kept verbatim. */
final class Lexeme {

    enum Type { TEXT, START, END, EMPTY, OTHER }

    /** An attribute: everything up to and including the opening quote, the raw value, the closing quote. */
    record Attribute(String name, String before, String value, String after) {
    }

    final Type type;
    final int line;
    /** Raw text for TEXT/OTHER/END; the {@code <name} part for START/EMPTY. */
    final String raw;
    final String name;
    final List<Attribute> attributes = new ArrayList<>();
    /** For START/EMPTY: blanks and {@code >} or {@code />}. */
    String close = "";

    Lexeme(Type type, int line, String raw, String name) {
        this.type = type;
        this.line = line;
        this.raw = raw;
        this.name = name;
    }
}
