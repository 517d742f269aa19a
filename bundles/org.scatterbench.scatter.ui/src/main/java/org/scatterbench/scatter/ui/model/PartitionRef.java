package org.scatterbench.scatter.ui.model;

import org.scatterbench.model.Storage;

/** A partition of the document, addressed as the document addresses it: storage section and position. */
public record PartitionRef(Storage storage, int position) {
}
