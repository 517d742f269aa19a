package org.scatterbench.scatter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.mapping.LayoutMapper;
import org.scatterbench.scatter.mapping.Mapped;
import org.scatterbench.scatter.mapping.MappedSection;
import org.scatterbench.scatter.syntax.BlockEditor;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;
import org.scatterbench.scatter.syntax.ScatterTree;
import org.scatterbench.scatter.syntax.Section;
import org.scatterbench.scatter.syntax.SourceText;
import org.scatterbench.scatter.syntax.ValueCodec;

/**
 * A scatter file as a document: its meaning ({@link #layouts()}) and its exact spelling. Writing
 * ({@link #toBytes()}) re-serialises the document's tokens, so an unchanged document gives the
 * bytes it was read from, and an edit changes only the bytes of the value it sets.
 *
 * <p>Partitions are addressed by their storage section and their position in it (0-based, file
 * order), which stays unambiguous when a file repeats names or indexes. A {@code null} storage
 * means the default section ({@link #layout()}). Edits are small value operations that return the
 * previous value, so an editor can undo them by setting it back. Not thread-safe.
 */
public final class ScatterDocument {

    private final String sourceName;
    private final SourceText text;
    private final ScatterTree tree;
    private Mapped mapped;

    ScatterDocument(String sourceName, SourceText text, ScatterTree tree) {
        this.sourceName = sourceName;
        this.text = text;
        this.tree = tree;
    }

    public String sourceName() {
        return sourceName;
    }

    public ScatterFormat format() {
        return tree.format();
    }

    /** {@code V1.1.2}, {@code V2.1.0}, ...; empty for the legacy formats, which have none. */
    public String configVersion() {
        return mapped().configVersion();
    }

    public String platform() {
        return mapped().platform();
    }

    public String project() {
        return mapped().project();
    }

    /** One layout per storage section, in file order. */
    public List<Layout> layouts() {
        List<Layout> l = new ArrayList<>();
        for (MappedSection s : mapped().sections()) {
            l.add(s.layout());
        }
        return l;
    }

    /** The default layout: the EMMC section when there is one, else the first. */
    public Layout layout() {
        return mapped().sections().get(defaultSection()).layout();
    }

    public Optional<Layout> layout(Storage storage) {
        for (MappedSection s : mapped().sections()) {
            if (s.layout().storage() == storage) {
                return Optional.of(s.layout());
            }
        }
        return Optional.empty();
    }

    /** Values the reader could not interpret (bad numbers, missing fields...), located; never null. */
    public List<Diagnostic> problems() {
        return mapped().problems();
    }

    /** The document's bytes: identical to the input when nothing was changed. */
    public byte[] toBytes() {
        return text.encode(tree.tokens().render());
    }

    /**
     * The bytes of a text the user edited, spelled like this document: its byte-order mark and its
     * charset, so a Latin-1 file stays Latin-1 (a switch to UTF-8 would garble every non-ASCII byte).
     *
     * @throws ScatterReadException naming the line of a character the charset cannot hold
     */
    public byte[] encodeEdited(String edited) throws ScatterReadException {
        return text.encodeEdited(sourceName, edited);
    }

    /** The document's text (after the byte-order mark). */
    public String text() {
        return tree.tokens().render();
    }

    // ------------------------------------------------------------------ fields

    /** The value of a partition field as written (quotes and XML escapes removed). */
    public Optional<String> field(Storage storage, int position, String fieldName) {
        return block(storage, position).value(fieldName);
    }

    /** The field names of a partition, in file order (duplicates included). */
    public List<String> fieldNames(Storage storage, int position) {
        List<String> names = new ArrayList<>();
        for (Field f : block(storage, position).fields()) {
            names.add(f.key());
        }
        return names;
    }

    public Optional<FieldLocation> fieldLocation(Storage storage, int position, String fieldName) {
        return block(storage, position).field(fieldName).map(f -> new FieldLocation(f.line(), f.column()));
    }

    /** Line and column where a partition's block starts. */
    public FieldLocation partitionLocation(Storage storage, int position) {
        FieldBlock b = block(storage, position);
        return new FieldLocation(b.line(), b.first() == null ? 1 : b.first().column());
    }

    /** Position (0-based) of the first partition named exactly {@code name} in the section, or -1. */
    public int positionOf(Storage storage, String name) {
        List<FieldBlock> blocks = section(storage).partitions();
        for (int i = 0; i < blocks.size(); i++) {
            if (name.equals(blocks.get(i).value("partition_name").orElse(null))) {
                return i;
            }
        }
        return -1;
    }

    public int partitionCount(Storage storage) {
        return section(storage).partitions().size();
    }

    /**
     * Sets a partition field and returns its previous value (empty string when the field did not
     * exist and was added after the block's last field).
     *
     * @throws IllegalArgumentException when the value cannot be written in this format, or the
     *         format has no such field (the legacy formats have only partition_name and
     *         linear_start_addr)
     */
    public String setField(Storage storage, int position, String fieldName, String newValue) {
        FieldBlock b = block(storage, position);
        Optional<Field> f = b.field(fieldName);
        Field target = f.isPresent() ? f.get() : null;
        check(target == null ? defaultCodec() : target.codec(), fieldName, newValue);
        if (target == null) {
            if (!isFieldName(fieldName)) {
                throw new IllegalArgumentException("'" + fieldName + "' is not a valid field name");
            }
            target = new BlockEditor(tree).addField(b, fieldName);
            target.set(newValue);
            tree.tokens().relocate();
            mapped = null;
            return "";
        }
        String old = target.set(newValue);
        tree.tokens().relocate();
        mapped = null;
        return old;
    }

    /** {@link #setField(Storage, int, String, String)} for the first partition with that exact name. */
    public String setField(Storage storage, String partitionName, String fieldName, String newValue) {
        int pos = positionOf(storage, partitionName);
        if (pos < 0) {
            throw new IllegalArgumentException("no partition named '" + partitionName + "'");
        }
        return setField(storage, pos, fieldName, newValue);
    }

    public Optional<String> headerField(String fieldName) {
        return tree.header().value(fieldName);
    }

    /** Sets an existing header field ({@code platform}, {@code project}, ...); returns the old value. */
    public String setHeaderField(String fieldName, String newValue) {
        Field f = tree.header().field(fieldName)
                .orElseThrow(() -> new IllegalArgumentException("the header has no field '" + fieldName + "'"));
        check(f.codec(), fieldName, newValue);
        String old = f.set(newValue);
        tree.tokens().relocate();
        mapped = null;
        return old;
    }

    // ------------------------------------------------------------------ partitions

    /** A removed partition, to hand back to {@link #restorePartition} for undo. */
    public static final class RemovedPartition {
        private final BlockEditor.Removed removed;
        private final ScatterDocument owner;

        private RemovedPartition(ScatterDocument owner, BlockEditor.Removed removed) {
            this.owner = owner;
            this.removed = removed;
        }
    }

    /** Removes a partition with its lines; everything else keeps its bytes. */
    public RemovedPartition removePartition(Storage storage, int position) {
        Section s = section(storage);
        Objects.checkIndex(position, s.partitions().size());
        RemovedPartition r = new RemovedPartition(this, new BlockEditor(tree).remove(s, position));
        mapped = null;
        return r;
    }

    /** Undoes {@link #removePartition}; valid when the edits made since have been undone. */
    public void restorePartition(RemovedPartition removed) {
        if (removed.owner != this) {
            throw new IllegalArgumentException("the partition was removed from another document");
        }
        new BlockEditor(tree).restore(removed.removed);
        mapped = null;
    }

    /** Inserts a copy of a partition right after it and returns the copy's position. */
    public int duplicatePartition(Storage storage, int position) {
        Section s = section(storage);
        Objects.checkIndex(position, s.partitions().size());
        int p = new BlockEditor(tree).duplicate(s, position);
        mapped = null;
        return p;
    }

    // ------------------------------------------------------------------ internals

    ScatterTree tree() {
        return tree;
    }

    List<MappedSection> mappedSections() {
        return mapped().sections();
    }

    private Mapped mapped() {
        if (mapped == null) {
            mapped = LayoutMapper.map(sourceName, tree);
        }
        return mapped;
    }

    private int defaultSection() {
        List<MappedSection> sections = mapped().sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).layout().storage() == Storage.EMMC) {
                return i;
            }
        }
        return 0;
    }

    private Section section(Storage storage) {
        List<MappedSection> sections = mapped().sections();
        if (storage == null) {
            return sections.get(defaultSection()).section();
        }
        for (MappedSection s : sections) {
            if (s.layout().storage() == storage) {
                return s.section();
            }
        }
        throw new IllegalArgumentException(sourceName + " has no " + storage + " section");
    }

    private FieldBlock block(Storage storage, int position) {
        List<FieldBlock> blocks = section(storage).partitions();
        Objects.checkIndex(position, blocks.size());
        return blocks.get(position);
    }

    private ValueCodec defaultCodec() {
        return format() == ScatterFormat.XML ? ValueCodec.XML_TEXT : ValueCodec.PLAIN;
    }

    private static boolean isFieldName(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*");
    }

    /** Refuses values the file could not hold or that would read back differently. */
    private void check(ValueCodec codec, String fieldName, String value) {
        Objects.requireNonNull(value, "value");
        String bad = codec.rejects(value);
        if (bad != null) {
            throw new IllegalArgumentException(fieldName + ": the value must not contain " + bad);
        }
        if (!text.canEncode(value)) {
            throw new IllegalArgumentException(fieldName + ": the value has characters this file's encoding ("
                    + text.charset().name() + ") cannot hold");
        }
        if (codec == ValueCodec.PLAIN) {
            if (!value.equals(value.strip())) {
                throw new IllegalArgumentException(fieldName + ": the value must not start or end with blanks");
            }
            if (value.startsWith("#")) {
                throw new IllegalArgumentException(fieldName + ": the value must not start with '#'");
            }
            boolean legacy = format() == ScatterFormat.LEGACY || format() == ScatterFormat.OTA_LIST;
            if (legacy && (value.isEmpty() || value.chars().anyMatch(c -> c == ' ' || c == '\t' || c == '{' || c == '}'))) {
                throw new IllegalArgumentException(fieldName + ": a legacy entry needs a value without blanks or braces");
            }
        }
    }
}
