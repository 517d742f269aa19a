package org.scatterbench.scatter.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One storage layout of a document: V2 files have one per {@code storage_type}, every other
 * generation exactly one. {@code header} is the section's own header block (V2) or the document
 * header (V1, XML V1-style, legacy).
 */
public final class Section {

    private final FieldBlock header;
    private final List<FieldBlock> partitions = new ArrayList<>();

    public Section(FieldBlock header) {
        this.header = header;
    }

    public FieldBlock header() {
        return header;
    }

    /** Mutable: the document inserts and removes partition blocks through it. */
    public List<FieldBlock> partitions() {
        return partitions;
    }
}
