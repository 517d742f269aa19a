package org.scatterbench.scatter.text;

import java.util.List;

import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.ScatterReadException;
import org.scatterbench.scatter.syntax.BlockKind;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;
import org.scatterbench.scatter.syntax.ScatterTree;
import org.scatterbench.scatter.syntax.Section;
import org.scatterbench.scatter.syntax.Token;
import org.scatterbench.scatter.syntax.TokenKind;
import org.scatterbench.scatter.syntax.TokenList;
import org.scatterbench.scatter.syntax.ValueCodec;

/**
 * Reads the V1.x and V2.x YAML-like scatter formats. These are written by print statements, not
 * by a YAML library, so the parser is line-based and keyed on field names rather than on exact
 * indentation: {@code partition_index} opens a partition, {@code storage_type} a V2 storage
 * section, everything else belongs to the block that is open.
 */
public final class YamlLikeParser {

    private final String source;
    private final TokenList tokens = new TokenList();
    private FieldBlock header;
    private ScatterTree tree;
    private Section section;
    private FieldBlock current;
    private Token lastContentEol;
    private boolean v2;

    private YamlLikeParser(String source) {
        this.source = source;
    }

    /** True when the text has the field names that only the YAML-like generations use. */
    public static boolean looksLikeYaml(String text) {
        for (Line line : Line.split(text)) {
            KeyValueLine kv = KeyValueLine.parse(line.content());
            if (kv != null && (kv.key().equals("partition_index") || kv.key().equals("config_version")
                    || kv.key().equals("storage_type") || kv.key().equals("general"))) {
                return true;
            }
        }
        return false;
    }

    public static ScatterTree parse(String source, String text) throws ScatterReadException {
        return new YamlLikeParser(source).run(text);
    }

    private ScatterTree run(String text) throws ScatterReadException {
        List<Line> lines = Line.split(text);
        v2 = false;
        for (Line line : lines) {
            KeyValueLine kv = line.isComment() ? null : KeyValueLine.parse(line.content());
            if (kv != null && kv.key().equals("storage_type")) {
                v2 = true;
                break;
            }
        }
        header = new FieldBlock(BlockKind.HEADER);
        tree = new ScatterTree(v2 ? ScatterFormat.V2 : ScatterFormat.V1, tokens, header);
        for (Line line : lines) {
            readLine(line);
        }
        closeBlock();
        if (!v2 && section == null) {
            tree.sections().add(new Section(header));
        }
        tokens.relocate();
        return tree;
    }

    private void readLine(Line line) throws ScatterReadException {
        if (line.isBlank() || line.isComment()) {
            tokens.add(TokenKind.TRIVIA, line.content());
            tokens.add(TokenKind.EOL, line.eol());
            return;
        }
        KeyValueLine kv = KeyValueLine.parse(line.content());
        if (kv == null) {
            throw new ScatterReadException(source, line.number(),
                    "expected 'key: value', found '" + excerpt(line.trimmed()) + "'");
        }
        Token lead = tokens.add(TokenKind.TRIVIA, kv.lead());
        openBlockFor(kv.key(), lead);
        tokens.add(TokenKind.KEY, kv.key());
        tokens.add(TokenKind.TRIVIA, kv.separator());
        Token value = tokens.add(TokenKind.VALUE, kv.value());
        tokens.add(TokenKind.TRIVIA, kv.trailing());
        lastContentEol = tokens.add(TokenKind.EOL, line.eol());
        current.add(new Field(kv.key(), value, ValueCodec.PLAIN));
    }

    private void openBlockFor(String key, Token lead) {
        if (key.equals("partition_index")) {
            closeBlock();
            if (section == null) {
                section = new Section(v2 ? new FieldBlock(BlockKind.SECTION) : header);
                tree.sections().add(section);
            }
            current = new FieldBlock(BlockKind.PARTITION);
            current.span(lead, null);
            section.partitions().add(current);
        } else if (key.equals("storage_type") && v2) {
            closeBlock();
            current = new FieldBlock(BlockKind.SECTION);
            current.span(lead, null);
            section = new Section(current);
            tree.sections().add(section);
        } else if (current == null) {
            current = header;
            current.span(lead, null);
        }
    }

    private void closeBlock() {
        if (current != null) {
            current.span(current.first(), lastContentEol);
        }
    }

    static String excerpt(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
