package org.scatterbench.cli.layout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a "new ROM" scatter from a real one by editing fields of named partitions in the text,
 * the way a ROM builder's output differs from the old one.
 */
final class ScatterEdits {

    private final StringBuilder text;

    ScatterEdits(String text) {
        this.text = new StringBuilder(text);
    }

    /** Sets {@code field} of the partition block named {@code partition}. */
    ScatterEdits set(String partition, String field, String value) {
        Matcher block = Pattern.compile("partition_name: " + Pattern.quote(partition) + "\\s*\\R").matcher(text);
        if (!block.find()) {
            throw new IllegalArgumentException("no partition " + partition);
        }
        Matcher f = Pattern.compile("(" + field + ":\\s*)(\\S+)").matcher(text);
        if (!f.find(block.end())) {
            throw new IllegalArgumentException("no field " + field + " after " + partition);
        }
        text.replace(f.start(2), f.end(2), value);
        return this;
    }

    /** Adds {@code delta} to a hex field of a partition. */
    ScatterEdits add(String partition, String field, long delta) {
        Matcher block = Pattern.compile("partition_name: " + Pattern.quote(partition) + "\\s*\\R").matcher(text);
        block.find();
        Matcher f = Pattern.compile(field + ":\\s*0x([0-9A-Fa-f]+)").matcher(text);
        f.find(block.end());
        long v = Long.parseUnsignedLong(f.group(1), 16) + delta;
        return set(partition, field, "0x" + Long.toHexString(v).toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
