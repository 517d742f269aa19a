package org.scatterbench.scatter.syntax;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.scatterbench.scatter.ScatterFormat;

/**
 * Structural edits on the token list: remove, restore and duplicate a partition block, and add a
 * missing field to one. Each touches only the tokens of that block (and the blank lines that
 * separate it from its neighbour), so the rest of the file keeps its bytes.
 */
public final class BlockEditor {

    /** What {@link #remove} took out, enough to put it back exactly. */
    public record Removed(Section section, int position, FieldBlock block, int tokenIndex, List<Token> tokens) {
    }

    private final ScatterTree tree;

    public BlockEditor(ScatterTree tree) {
        this.tree = tree;
    }

    public Removed remove(Section section, int position) {
        FieldBlock block = section.partitions().get(position);
        int[] range = range(section, position);
        List<Token> removed = tree.tokens().removeRange(range[0], range[1]);
        section.partitions().remove(position);
        return new Removed(section, position, block, range[0], removed);
    }

    public void restore(Removed r) {
        tree.tokens().insertAll(r.tokenIndex(), r.tokens());
        r.section().partitions().add(r.position(), r.block());
    }

    /** Inserts a copy of the block at {@code position} right after it; returns the copy's position. */
    public int duplicate(Section section, int position) {
        FieldBlock original = section.partitions().get(position);
        TokenList tl = tree.tokens();
        int from = tl.indexOf(original.first());
        int to = tl.indexOf(original.last()) + 1;
        int insertAt = to;
        if (tree.format() != ScatterFormat.XML) {
            // copy the blank lines after the block too, so the copy is spaced like the original
            to = afterBlankLines(to);
            insertAt = to;
        }
        Map<Token, Token> copies = new IdentityHashMap<>();
        List<Token> copy = new ArrayList<>();
        for (Token t : tl.tokens().subList(from, to)) {
            Token c = t.copy();
            copies.put(t, c);
            copy.add(c);
        }
        FieldBlock dup = new FieldBlock(BlockKind.PARTITION);
        for (Field f : original.fields()) {
            dup.add(new Field(f.key(), copies.get(f.token()), f.codec()));
        }
        dup.span(copies.get(original.first()), copies.get(original.last()));
        tl.insertAll(insertAt, copy);
        section.partitions().add(position + 1, dup);
        return position + 1;
    }

    /**
     * Adds {@code key} after the block's last field, spelled like that field (same indentation,
     * separator and line ending). Returns the new field.
     */
    public Field addField(FieldBlock block, String key) {
        List<Field> fields = block.fields();
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("the block has no field to model a new one on");
        }
        Field model = fields.get(fields.size() - 1);
        TokenList tl = tree.tokens();
        int v = tl.indexOf(model.token());
        List<Token> all = tl.tokens();
        List<Token> added = new ArrayList<>();
        Token value;
        int insertAt;
        if (tree.format() == ScatterFormat.XML) {
            if (model.codec() != ValueCodec.XML_TEXT || v < 3) {
                throw new IllegalArgumentException("cannot add a field after '" + model.key() + "'");
            }
            Token blank = all.get(v - 3);
            added.add(new Token(TokenKind.TRIVIA, blank.text().isBlank() ? blank.text() : ""));
            added.add(new Token(TokenKind.TRIVIA, "<" + key));
            added.add(new Token(TokenKind.TRIVIA, ">"));
            value = new Token(TokenKind.VALUE, "");
            added.add(value);
            added.add(new Token(TokenKind.TRIVIA, "</" + key + ">"));
            insertAt = v + 2;
        } else if (tree.format() == ScatterFormat.V1 || tree.format() == ScatterFormat.V2) {
            Token lead = all.get(v - 3);
            String indent = lead.text().replace('-', ' ');
            added.add(new Token(TokenKind.TRIVIA, indent));
            added.add(new Token(TokenKind.KEY, key));
            added.add(new Token(TokenKind.TRIVIA, ": "));
            value = new Token(TokenKind.VALUE, "");
            added.add(value);
            added.add(new Token(TokenKind.TRIVIA, ""));
            Token eol = all.get(v + 2);
            Token newEol = new Token(TokenKind.EOL, eol.text().isEmpty() ? "\n" : eol.text());
            added.add(newEol);
            insertAt = v + 3;
            if (eol.text().isEmpty()) {
                // the model line ended the file without a terminator: give it one, keep the file's ending
                added.set(added.size() - 1, new Token(TokenKind.EOL, ""));
                added.add(0, new Token(TokenKind.EOL, "\n"));
            }
            if (block.last() == eol) {
                block.span(block.first(), added.get(added.size() - 1));
            }
        } else {
            throw new IllegalArgumentException("the " + tree.format() + " format has only a name and an address");
        }
        tl.insertAll(insertAt, added);
        Field f = new Field(key, value, model.codec());
        block.add(f);
        return f;
    }

    /** Token range of a block plus the blank lines that separate it from its neighbour. */
    private int[] range(Section section, int position) {
        FieldBlock block = section.partitions().get(position);
        TokenList tl = tree.tokens();
        int from = tl.indexOf(block.first());
        int to = tl.indexOf(block.last()) + 1;
        if (tree.format() == ScatterFormat.XML) {
            return new int[] { from, to };
        }
        boolean last = position == section.partitions().size() - 1;
        if (!last) {
            to = afterBlankLines(to);
        } else {
            from = beforeBlankLines(from);
        }
        return new int[] { from, to };
    }

    private int afterBlankLines(int i) {
        List<Token> all = tree.tokens().tokens();
        while (i + 1 < all.size() && all.get(i).kind() == TokenKind.TRIVIA && all.get(i).text().isBlank()
                && all.get(i + 1).kind() == TokenKind.EOL && !all.get(i + 1).text().isEmpty()) {
            i += 2;
        }
        return i;
    }

    private int beforeBlankLines(int i) {
        List<Token> all = tree.tokens().tokens();
        while (i - 2 >= 0 && all.get(i - 1).kind() == TokenKind.EOL && all.get(i - 2).kind() == TokenKind.TRIVIA
                && all.get(i - 2).text().isBlank() && (i - 3 < 0 || all.get(i - 3).kind() == TokenKind.EOL)) {
            i -= 2;
        }
        return i;
    }
}
