package org.scatterbench.scatter.xml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
 * Reads the XML scatter (SP Flash Tool v6): a root with {@code <general name="MTK_PLATFORM_CFG">},
 * then either {@code <partition_index name="SYSn">} elements (V1-style) or
 * {@code <storage_type name="...">} sections holding them (V2-style). Element and attribute names
 * equal the text formats' field names, so the same mapping reads all of them: an element with a
 * {@code name} attribute gives a field from the attribute, a leaf element a field from its text.
 */
public final class XmlScatterParser {

    /** An element with the lexemes that open and close it. */
    private static final class Element {
        final String name;
        final Lexeme start;
        Lexeme end;
        Lexeme text;
        final List<Element> children = new ArrayList<>();

        Element(String name, Lexeme start) {
            this.name = name;
            this.start = start;
        }

        boolean isLeaf() {
            return children.isEmpty();
        }
    }

    /** A scatter nests four levels; the limit only keeps hostile input from exhausting the stack. */
    private static final int MAX_DEPTH = 64;

    private final String source;
    private final TokenList tokens = new TokenList();
    private final Map<Lexeme, Token> firstToken = new IdentityHashMap<>();
    private final Map<Lexeme, Token> lastToken = new IdentityHashMap<>();
    private final Map<Lexeme, Map<String, Token>> attributeTokens = new IdentityHashMap<>();
    private final Map<Lexeme, Token> textTokens = new IdentityHashMap<>();
    private final Map<Lexeme, Lexeme> blankBefore = new IdentityHashMap<>();

    private XmlScatterParser(String source) {
        this.source = source;
    }

    public static ScatterTree parse(String source, String text) throws ScatterReadException {
        return new XmlScatterParser(source).run(text);
    }

    private ScatterTree run(String text) throws ScatterReadException {
        List<Lexeme> lexemes = XmlLexer.lex(source, text);
        Element root = buildTree(lexemes);
        emit(lexemes);
        FieldBlock header = new FieldBlock(BlockKind.HEADER);
        ScatterTree tree = new ScatterTree(ScatterFormat.XML, tokens, header);
        Section plain = null;
        for (Element child : root.children) {
            if (child.name.equals("partition_index")) {
                if (plain == null) {
                    plain = new Section(header);
                    tree.sections().add(plain);
                }
                plain.partitions().add(partition(child));
            } else if (child.name.equals("storage_type")) {
                FieldBlock sectionHeader = new FieldBlock(BlockKind.SECTION);
                sectionHeader.span(spanStart(child), lastToken.get(child.end == null ? child.start : child.end));
                Section section = new Section(sectionHeader);
                collect(child, sectionHeader, section);
                tree.sections().add(section);
            } else if (!child.name.equals("general") && holdsPartitions(child)) {
                // an unknown wrapper around partitions: read them as the single layout
                if (plain == null) {
                    plain = new Section(header);
                    tree.sections().add(plain);
                }
                collect(child, new FieldBlock(BlockKind.HEADER), plain);
            } else {
                if (header.first() == null) {
                    header.span(spanStart(child), null);
                }
                collect(child, header, null);
                header.span(header.first(), lastToken.get(child.end == null ? child.start : child.end));
            }
        }
        if (tree.sections().isEmpty()) {
            tree.sections().add(new Section(header));
        }
        tokens.relocate();
        return tree;
    }

    private static boolean holdsPartitions(Element e) {
        for (Element c : e.children) {
            if (c.name.equals("partition_index")) {
                return true;
            }
        }
        return false;
    }

    private FieldBlock partition(Element e) {
        FieldBlock block = new FieldBlock(BlockKind.PARTITION);
        collect(e, block, null);
        block.span(spanStart(e), lastToken.get(e.end == null ? e.start : e.end));
        return block;
    }

    /** Adds the fields of {@code e} and its descendants; partitions inside go to {@code section}. */
    private void collect(Element e, FieldBlock block, Section section) {
        Token nameAttr = attributeTokens.getOrDefault(e.start, Map.of()).get("name");
        if (nameAttr != null) {
            block.add(new Field(e.name, nameAttr, ValueCodec.XML_ATTRIBUTE));
        } else if (e.isLeaf() && textTokens.containsKey(e.start)) {
            block.add(new Field(e.name, textTokens.get(e.start), ValueCodec.XML_TEXT));
        }
        for (Element c : e.children) {
            if (section != null && c.name.equals("partition_index")) {
                section.partitions().add(partition(c));
            } else {
                collect(c, block, section);
            }
        }
    }

    /** A partition block starts at the blank text before its tag, so removing it leaves tidy text. */
    private Token spanStart(Element e) {
        Lexeme blank = blankBefore.get(e.start);
        return firstToken.get(blank != null ? blank : e.start);
    }

    private Element buildTree(List<Lexeme> lexemes) throws ScatterReadException {
        Deque<Element> open = new ArrayDeque<>();
        Element root = null;
        Lexeme previous = null;
        for (Lexeme l : lexemes) {
            switch (l.type) {
                case START:
                case EMPTY: {
                    Element e = new Element(l.name, l);
                    if (previous != null && previous.type == Lexeme.Type.TEXT && previous.raw.isBlank()) {
                        blankBefore.put(l, previous);
                    }
                    if (open.isEmpty()) {
                        if (root != null) {
                            throw new ScatterReadException(source, l.line,
                                    "second top-level element <" + l.name + "> after </" + root.name + ">");
                        }
                        root = e;
                    } else {
                        open.peek().children.add(e);
                    }
                    if (l.type == Lexeme.Type.START) {
                        open.push(e);
                        if (open.size() > MAX_DEPTH) {
                            throw new ScatterReadException(source, l.line,
                                    "elements nested deeper than " + MAX_DEPTH + " levels: not a scatter file");
                        }
                    }
                    break;
                }
                case END: {
                    if (open.isEmpty()) {
                        throw new ScatterReadException(source, l.line, "</" + l.name + "> without an opening tag");
                    }
                    Element e = open.pop();
                    if (!e.name.equals(l.name)) {
                        throw new ScatterReadException(source, l.line,
                                "</" + l.name + "> closes <" + e.name + "> opened at line " + e.start.line);
                    }
                    e.end = l;
                    break;
                }
                case TEXT:
                    if (open.isEmpty()) {
                        if (!l.raw.isBlank()) {
                            throw new ScatterReadException(source, l.line, "text outside the root element");
                        }
                    } else if (open.peek().text == null) {
                        open.peek().text = l;
                    }
                    break;
                default:
                    break;
            }
            previous = l;
        }
        if (!open.isEmpty()) {
            Element e = open.peek();
            throw new ScatterReadException(source, e.start.line, "<" + e.name + "> is never closed");
        }
        if (root == null) {
            throw new ScatterReadException(source, 0, "no XML element found");
        }
        markLeafTexts(root);
        return root;
    }

    /** The text of a leaf becomes its value token; a leaf written {@code <a></a>} gets an empty one. */
    private final Map<Lexeme, Element> leafByStart = new IdentityHashMap<>();

    private void markLeafTexts(Element e) {
        if (e.isLeaf() && e.end != null) {
            leafByStart.put(e.start, e);
        }
        for (Element c : e.children) {
            markLeafTexts(c);
        }
    }

    private void emit(List<Lexeme> lexemes) {
        Element pendingLeaf = null;
        for (Lexeme l : lexemes) {
            Token first;
            Token last;
            switch (l.type) {
                case START:
                case EMPTY: {
                    first = tokens.add(TokenKind.TRIVIA, l.raw);
                    Map<String, Token> attrs = new java.util.LinkedHashMap<>();
                    for (Lexeme.Attribute a : l.attributes) {
                        tokens.add(TokenKind.TRIVIA, a.before());
                        attrs.putIfAbsent(a.name(), tokens.add(TokenKind.VALUE, a.value()));
                        tokens.add(TokenKind.TRIVIA, a.after());
                    }
                    attributeTokens.put(l, attrs);
                    last = tokens.add(TokenKind.TRIVIA, l.close);
                    pendingLeaf = l.type == Lexeme.Type.START ? leafByStart.get(l) : null;
                    break;
                }
                case TEXT:
                    if (pendingLeaf != null && pendingLeaf.text == l) {
                        first = tokens.add(TokenKind.VALUE, l.raw);
                        textTokens.put(pendingLeaf.start, first);
                        pendingLeaf = null;
                    } else {
                        first = tokens.add(TokenKind.TRIVIA, l.raw);
                    }
                    last = first;
                    break;
                case END:
                    if (pendingLeaf != null && pendingLeaf.end == l) {
                        textTokens.put(pendingLeaf.start, tokens.add(TokenKind.VALUE, ""));
                    }
                    pendingLeaf = null;
                    first = tokens.add(TokenKind.TRIVIA, l.raw);
                    last = first;
                    break;
                default:
                    first = tokens.add(TokenKind.TRIVIA, l.raw);
                    last = first;
            }
            firstToken.put(l, first);
            lastToken.put(l, last);
        }
    }
}
