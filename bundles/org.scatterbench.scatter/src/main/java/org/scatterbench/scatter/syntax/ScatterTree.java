package org.scatterbench.scatter.syntax;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.scatter.ScatterFormat;

/**
 * The parsed document: every token (for lossless writing) and, over them, the header, the
 * storage sections and their partition blocks (for meaning and editing).
 */
public final class ScatterTree {

    private final ScatterFormat format;
    private final TokenList tokens;
    private final FieldBlock header;
    private final List<Section> sections = new ArrayList<>();
    private final List<Diagnostic> notes = new ArrayList<>();

    public ScatterTree(ScatterFormat format, TokenList tokens, FieldBlock header) {
        this.format = format;
        this.tokens = tokens;
        this.header = header;
    }

    public ScatterFormat format() {
        return format;
    }

    public TokenList tokens() {
        return tokens;
    }

    public FieldBlock header() {
        return header;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Warnings the parser found about text it keeps but does not understand. */
    public List<Diagnostic> notes() {
        return notes;
    }
}
