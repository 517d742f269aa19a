package org.scatterbench.scatter.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.model.Storage;
import org.scatterbench.scatter.syntax.BlockKind;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;

/**
 * A document reduced to what every field-based generation can say: the header fields, and per
 * storage section its header fields and partitions, each an ordered list of fields. Structural
 * keys ({@code general}, {@code info}, {@code description}, {@code storage_type}) are dropped:
 * each writer spells its own structure.
 */
public final class FieldModel {

    /** Keys that only shape the file and carry no value of their own. */
    static final Set<String> STRUCTURAL = Set.of("general", "info", "description", "storage_type");
    /** Header keys that describe a storage, which V2 moves into each storage section. */
    static final List<String> STORAGE_KEYS = List.of("storage", "boot_channel", "block_size");

    /** One storage section. */
    public record SectionModel(Storage storage, List<Entry> header, List<List<Entry>> partitions) {
    }

    private final String configVersion;
    private final List<Entry> header;
    private final List<SectionModel> sections;

    public FieldModel(String configVersion, List<Entry> header, List<SectionModel> sections) {
        this.configVersion = configVersion;
        this.header = header;
        this.sections = sections;
    }

    public static List<Entry> entries(FieldBlock block) {
        List<Entry> l = new ArrayList<>();
        for (Field f : block.fields()) {
            boolean headerVersion = block.kind() != BlockKind.PARTITION && f.key().equals("config_version");
            if (!STRUCTURAL.contains(f.key()) && !headerVersion) {
                l.add(new Entry(f.key(), f.value()));
            }
        }
        return l;
    }

    public String configVersion() {
        return configVersion;
    }

    public List<Entry> header() {
        return header;
    }

    public List<SectionModel> sections() {
        return sections;
    }

    static Optional<String> value(List<Entry> entries, String key) {
        return entries.stream().filter(e -> e.key().equals(key)).map(Entry::value).findFirst();
    }

    /** Header entries that are not storage descriptions. */
    List<Entry> platformEntries() {
        List<Entry> l = new ArrayList<>();
        for (Entry e : header) {
            if (!STORAGE_KEYS.contains(e.key())) {
                l.add(e);
            }
        }
        return l;
    }

    /** The storage entries of a section: its own, else those of the document header. */
    List<Entry> storageEntries(SectionModel s) {
        List<Entry> l = new ArrayList<>();
        for (String k : STORAGE_KEYS) {
            Optional<String> v = value(s.header(), k).or(() -> value(header, k));
            if (k.equals("storage") && v.isEmpty() && s.storage() != Storage.UNKNOWN) {
                v = Optional.of(s.storage().name());
            }
            v.ifPresent(val -> l.add(new Entry(k, val)));
        }
        for (Entry e : s.header()) {
            if (!STORAGE_KEYS.contains(e.key())) {
                l.add(e);
            }
        }
        return l;
    }
}
