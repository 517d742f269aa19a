package org.scatterbench.scatter.syntax;

import java.util.Objects;

/**
 * A named value of the document, bound to the token that spells it. Reading decodes the token;
 * {@link #set(String)} re-encodes into that same token and nothing else.
 */
public final class Field {

    private final String key;
    private final Token value;
    private final ValueCodec codec;

    public Field(String key, Token value, ValueCodec codec) {
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
        this.codec = Objects.requireNonNull(codec);
    }

    public String key() {
        return key;
    }

    public String value() {
        return codec.decode(value.text());
    }

    public Token token() {
        return value;
    }

    public ValueCodec codec() {
        return codec;
    }

    public int line() {
        return value.line();
    }

    public int column() {
        return value.column();
    }

    /** Replaces the value; returns the previous one. The caller has checked {@link ValueCodec#rejects}. */
    public String set(String newValue) {
        String old = value();
        value.setText(codec.encode(newValue, value.text()));
        return old;
    }

    @Override
    public String toString() {
        return key + "=" + value();
    }
}
