package org.scatterbench.scatter.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Severity;
import org.scatterbench.scatter.ScatterCodes;
import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.mapping.FieldNames;
import org.scatterbench.scatter.syntax.BlockKind;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;
import org.scatterbench.scatter.syntax.ScatterTree;
import org.scatterbench.scatter.syntax.Section;

/** Checks on the fields as written: unknown names (a warning: tools add fields) and repeated ones. */
public final class StructureChecks {

    private StructureChecks() {
    }

    public static void check(ScatterTree tree, String source, List<Diagnostic> out) {
        Locator at = new Locator(source);
        if (tree.format() == ScatterFormat.OTA_LIST) {
            out.add(new Diagnostic(Severity.WARNING, ScatterCodes.OTA_LIST,
                    "this is an OTA layout list (names and start addresses only), not a flashable scatter file",
                    source, 1, 1, null));
        }
        if (tree.format() == ScatterFormat.LEGACY || tree.format() == ScatterFormat.OTA_LIST) {
            return;
        }
        block(tree.header(), null, at, out);
        for (Section s : tree.sections()) {
            if (s.header() != tree.header()) {
                block(s.header(), null, at, out);
            }
            for (FieldBlock b : s.partitions()) {
                block(b, b.value("partition_name").orElse(null), at, out);
            }
        }
    }

    private static void block(FieldBlock b, String partition, Locator at, List<Diagnostic> out) {
        Set<String> seen = new HashSet<>();
        for (Field f : b.fields()) {
            if (!FieldNames.isKnown(b.kind(), f.key())) {
                out.add(at.at(f, Severity.WARNING, ScatterCodes.UNKNOWN_FIELD,
                        "unknown field '" + f.key() + "' (kept as written; SP Flash Tool may ignore or reject it)",
                        partition));
            }
            if (!seen.add(f.key()) && !isRepeatableHeaderKey(b, f.key())) {
                out.add(at.at(f, Severity.ERROR, ScatterCodes.DUPLICATE_FIELD,
                        "field '" + f.key() + "' appears twice; the first value is used", partition));
            }
        }
    }

    /** Header blocks nest {@code general}/{@code info} (and V2 repeats {@code storage}) legitimately. */
    private static boolean isRepeatableHeaderKey(FieldBlock b, String key) {
        return b.kind() != BlockKind.PARTITION
                && (key.equals("general") || key.equals("info") || key.equals("storage"));
    }
}
