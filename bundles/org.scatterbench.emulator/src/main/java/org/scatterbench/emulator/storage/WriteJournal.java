package org.scatterbench.emulator.storage;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/**
 * Every byte range the virtual phone wrote or erased, per area, in order. Tests use it to prove
 * what a flash touched and, above all, what it did not touch. Thread-safe: the phone appends from
 * its session thread while a test reads.
 */
public final class WriteJournal {

    /** What happened to a range. */
    public enum Kind {
        WRITE, ERASE
    }

    /** One journal line. */
    public record Entry(Kind kind, ByteRange range) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void record(Kind kind, ByteRange range) {
        if (!range.isEmpty()) {
            entries.add(new Entry(kind, range));
        }
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized List<Entry> entries(Region region) {
        return entries.stream().filter(e -> e.range().region().equals(region)).collect(Collectors.toList());
    }

    /** The union of every range written or erased in {@code region}, merged and sorted. */
    public synchronized List<ByteRange> touched(Region region) {
        List<ByteRange> rs = entries(region).stream().map(Entry::range)
                .sorted((a, b) -> Long.compare(a.start(), b.start())).collect(Collectors.toList());
        List<ByteRange> merged = new ArrayList<>();
        for (ByteRange r : rs) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).end() >= r.start()) {
                ByteRange last = merged.remove(merged.size() - 1);
                merged.add(new ByteRange(region, last.start(), Math.max(last.end(), r.end()) - last.start()));
            } else {
                merged.add(r);
            }
        }
        return merged;
    }

    /** True when any recorded write or erase shares a byte with {@code range}. */
    public synchronized boolean touches(ByteRange range) {
        return entries.stream().anyMatch(e -> e.range().overlaps(range));
    }

    public synchronized boolean isEmpty() {
        return entries.isEmpty();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
