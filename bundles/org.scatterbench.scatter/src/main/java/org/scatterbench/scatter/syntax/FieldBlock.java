package org.scatterbench.scatter.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * An ordered group of fields (a header or a partition) and the token range that holds it, so a
 * partition can be removed, restored or duplicated as a unit. Fields with the same key are kept
 * in order; the first one is authoritative and later ones are reported as duplicates.
 */
public final class FieldBlock {

    private final BlockKind kind;
    private final List<Field> fields = new ArrayList<>();
    private Token first;
    private Token last;

    public FieldBlock(BlockKind kind) {
        this.kind = kind;
    }

    public BlockKind kind() {
        return kind;
    }

    public void add(Field f) {
        fields.add(f);
    }

    public List<Field> fields() {
        return Collections.unmodifiableList(fields);
    }

    public Optional<Field> field(String key) {
        for (Field f : fields) {
            if (f.key().equals(key)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public Optional<String> value(String key) {
        return field(key).map(Field::value);
    }

    /** Sets the first and last token of the block (inclusive). */
    public void span(Token firstToken, Token lastToken) {
        this.first = firstToken;
        this.last = lastToken;
    }

    public Token first() {
        return first;
    }

    public Token last() {
        return last;
    }

    /** 1-based line where the block starts. */
    public int line() {
        return first == null ? 0 : first.line();
    }
}
