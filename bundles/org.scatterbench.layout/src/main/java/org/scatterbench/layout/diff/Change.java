package org.scatterbench.layout.diff;

import java.util.Locale;

/** How one entry differs between the current and the new layout. */
public enum Change {
    SAME,
    /** Same place and size, different image. */
    CONTENT_ONLY,
    MOVED,
    RESIZED,
    MOVED_AND_RESIZED,
    /** A partition only the new layout has. */
    ADDED,
    /** A partition only the current layout has. */
    REMOVED,
    /** A table, boot-area or end-relative entry that only one side lists: nothing to compare. */
    UNMATCHED;

    public String jsonName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** True when the entry's bytes are at a different place or have a different extent. */
    public boolean isLayoutChange() {
        return this == MOVED || this == RESIZED || this == MOVED_AND_RESIZED || this == ADDED || this == REMOVED;
    }
}
