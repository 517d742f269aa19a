package org.scatterbench.layout.diff;

import java.util.Objects;
import java.util.Optional;

import org.scatterbench.model.Partition;

/**
 * One compared entry. {@code current} and {@code next} are the matched partitions (either may be
 * empty for added/removed/unmatched entries). {@code note} explains special rules that applied,
 * e.g. "NEEDRESIZE: compared by start only".
 */
public record DiffEntry(String name, EntryKind kind, Change change, Optional<Partition> current,
        Optional<Partition> next, String note) {

    public DiffEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(change, "change");
        current = current == null ? Optional.empty() : current;
        next = next == null ? Optional.empty() : next;
        note = note == null ? "" : note;
    }

    public boolean startChanged() {
        return change == Change.MOVED || change == Change.MOVED_AND_RESIZED;
    }

    public boolean sizeChanged() {
        return change == Change.RESIZED || change == Change.MOVED_AND_RESIZED;
    }

    /** New start minus current start, 0 unless both sides exist. */
    public long startDelta() {
        return current.isPresent() && next.isPresent() ? Math.subtractExact(next.get().start(), current.get().start())
                : 0;
    }

    /** New size minus current size, 0 unless both sides exist. */
    public long sizeDelta() {
        return current.isPresent() && next.isPresent() ? Math.subtractExact(next.get().size(), current.get().size())
                : 0;
    }
}
