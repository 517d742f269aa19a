package org.scatterbench.scatter.mapping;

import org.scatterbench.model.Layout;
import org.scatterbench.scatter.syntax.Section;

/** A storage section of the document and the layout it describes (partitions in block order). */
public record MappedSection(Section section, Layout layout) {
}
