package org.scatterbench.scatter;

/** Where a field's value sits in the file, 1-based, for diagnostics and editor markers. */
public record FieldLocation(int line, int column) {
}
