package org.scatterbench.scatter.text;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.scatter.ScatterCodes;
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
 * Reads the legacy brace format ({@code NAME 0xADDR} then {@code {} and {@code }} lines) and the
 * brace-less OTA list. Each entry becomes a partition block with two fields, {@code partition_name}
 * and {@code linear_start_addr}, bound to the name and address as written.
 */
public final class LegacyParser {

    private enum State { IDLE, EXPECT_OPEN, IN_BODY }

    private final String source;
    private final boolean braces;
    private final TokenList tokens = new TokenList();
    private final List<Diagnostic> notes = new ArrayList<>();
    private State state = State.IDLE;
    private String openEntry;
    private int openLine;
    private FieldBlock current;

    private LegacyParser(String source, boolean braces) {
        this.source = source;
        this.braces = braces;
    }

    /** True when the first significant line looks like {@code NAME 0xADDR}. */
    public static boolean looksLikeLegacy(String text) {
        for (Line line : Line.split(text)) {
            if (line.isBlank() || line.isComment()) {
                continue;
            }
            Entry e = Entry.parse(line.content());
            return e != null && e.address().regionMatches(true, 0, "0x", 0, 2);
        }
        return false;
    }

    public static ScatterTree parse(String source, String text) throws ScatterReadException {
        List<Line> lines = Line.split(text);
        boolean braces = false;
        for (Line l : lines) {
            String t = l.trimmed();
            if (t.startsWith("{") || t.endsWith("{") || t.startsWith("}")) {
                braces = true;
                break;
            }
        }
        return new LegacyParser(source, braces).run(lines);
    }

    private ScatterTree run(List<Line> lines) throws ScatterReadException {
        FieldBlock header = new FieldBlock(BlockKind.HEADER);
        ScatterTree tree = new ScatterTree(braces ? ScatterFormat.LEGACY : ScatterFormat.OTA_LIST, tokens, header);
        Section section = new Section(header);
        tree.sections().add(section);
        for (Line line : lines) {
            readLine(line, section);
        }
        if (state == State.EXPECT_OPEN) {
            throw new ScatterReadException(source, openLine, "entry '" + openEntry + "' has no '{' '}' block");
        }
        if (state == State.IN_BODY) {
            throw new ScatterReadException(source, openLine,
                    "the '{' of entry '" + openEntry + "' is never closed: '}' missing");
        }
        tokens.relocate();
        tree.notes().addAll(notes);
        return tree;
    }

    private void readLine(Line line, Section section) throws ScatterReadException {
        String t = line.trimmed();
        if (state == State.IN_BODY) {
            trivia(line);
            if (t.equals("}")) {
                state = State.IDLE;
            } else if (!t.isEmpty()) {
                notes.add(Diagnostic.warning(ScatterCodes.LEGACY_BODY,
                        "content inside the braces of '" + openEntry + "' is not understood and is ignored")
                        .at(source, line.number(), 1).forPartition(openEntry));
            }
            return;
        }
        if (line.isBlank() || line.isComment()) {
            trivia(line);
            return;
        }
        if (braces && (t.equals("{") || t.equals("{}") || t.equals("{ }"))) {
            if (state != State.EXPECT_OPEN) {
                throw new ScatterReadException(source, line.number(), "'{' without a 'NAME 0xADDRESS' entry before it");
            }
            trivia(line);
            state = t.equals("{") ? State.IN_BODY : State.IDLE;
            return;
        }
        if (braces && t.equals("}")) {
            throw new ScatterReadException(source, line.number(), "'}' without a matching '{'");
        }
        Entry e = Entry.parse(line.content());
        if (e == null) {
            throw new ScatterReadException(source, line.number(),
                    "expected 'NAME 0xADDRESS', found '" + YamlLikeParser.excerpt(t) + "'");
        }
        if (state == State.EXPECT_OPEN) {
            throw new ScatterReadException(source, openLine, "entry '" + openEntry + "' has no '{' '}' block");
        }
        if (!braces && !e.rest().isBlank() && !e.rest().strip().startsWith("#")) {
            throw new ScatterReadException(source, line.number(),
                    "unexpected text after the address: '" + YamlLikeParser.excerpt(e.rest().strip()) + "'");
        }
        Token lead = tokens.add(TokenKind.TRIVIA, e.lead());
        Token name = tokens.add(TokenKind.VALUE, e.name());
        tokens.add(TokenKind.TRIVIA, e.gap());
        Token addr = tokens.add(TokenKind.VALUE, e.address());
        tokens.add(TokenKind.TRIVIA, e.rest());
        Token eol = tokens.add(TokenKind.EOL, line.eol());
        current = new FieldBlock(BlockKind.PARTITION);
        current.add(new Field("partition_name", name, ValueCodec.PLAIN));
        current.add(new Field("linear_start_addr", addr, ValueCodec.PLAIN));
        current.span(lead, eol);
        section.partitions().add(current);
        openEntry = e.name();
        openLine = line.number();
        if (braces) {
            String rest = withoutComment(e.rest()).strip();
            if (rest.equals("{")) {
                state = State.IN_BODY;
            } else if (rest.equals("{}") || rest.equals("{ }")) {
                state = State.IDLE;
            } else if (rest.isEmpty()) {
                state = State.EXPECT_OPEN;
            } else {
                throw new ScatterReadException(source, line.number(),
                        "unexpected text after the address: '" + YamlLikeParser.excerpt(rest) + "'");
            }
        }
    }

    /** A {@code #} after the address starts a comment, as on the other lines of these files. */
    private static String withoutComment(String rest) {
        int hash = rest.indexOf('#');
        return hash < 0 ? rest : rest.substring(0, hash);
    }

    private void trivia(Line line) {
        Token eol;
        tokens.add(TokenKind.TRIVIA, line.content());
        eol = tokens.add(TokenKind.EOL, line.eol());
        if (current != null && state != State.IDLE) {
            current.span(current.first(), eol);
        }
    }

    /** {@code [lead]NAME[gap]ADDRESS[rest]}; null when the line has not at least two words. */
    record Entry(String lead, String name, String gap, String address, String rest) {
        static Entry parse(String content) {
            int i = 0;
            int len = content.length();
            while (i < len && KeyValueLine.isBlank(content.charAt(i))) {
                i++;
            }
            int nameStart = i;
            while (i < len && !KeyValueLine.isBlank(content.charAt(i)) && content.charAt(i) != '{') {
                i++;
            }
            int nameEnd = i;
            while (i < len && KeyValueLine.isBlank(content.charAt(i))) {
                i++;
            }
            int addrStart = i;
            while (i < len && !KeyValueLine.isBlank(content.charAt(i)) && content.charAt(i) != '{'
                    && content.charAt(i) != '}') {
                i++;
            }
            if (nameEnd == nameStart || i == addrStart || addrStart == nameEnd
                    || !Character.isDigit(content.charAt(addrStart))) {
                return null;
            }
            return new Entry(content.substring(0, nameStart), content.substring(nameStart, nameEnd),
                    content.substring(nameEnd, addrStart), content.substring(addrStart, i), content.substring(i));
        }
    }
}
