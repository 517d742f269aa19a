package org.scatterbench.scatter.mapping;

import java.util.ArrayList;
import java.util.List;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Severity;
import org.scatterbench.scatter.ScatterCodes;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;

/** Collects located diagnostics while a document is mapped. */
final class Problems {

    private final String source;
    private final List<Diagnostic> list = new ArrayList<>();

    Problems(String source) {
        this.source = source;
    }

    void at(Field f, Severity severity, String code, String message, String partition) {
        list.add(new Diagnostic(severity, code, message, source, f.line(), f.column(), partition));
    }

    void at(FieldBlock b, Severity severity, String code, String message, String partition) {
        int line = b.first() == null ? 1 : b.first().line();
        int col = b.first() == null ? 1 : b.first().column();
        list.add(new Diagnostic(severity, code, message, source, Math.max(1, line), Math.max(1, col), partition));
    }

    /** The value of a numeric field, or {@code fallback} after recording why it cannot be read. */
    long number(Field f, long fallback, String partition) {
        try {
            return Numbers.parse(f.value());
        } catch (NumberFormatException e) {
            at(f, Severity.ERROR, ScatterCodes.BAD_NUMBER, f.key() + ": " + e.getMessage(), partition);
            return fallback;
        }
    }

    boolean bool(Field f, boolean fallback, String partition) {
        try {
            return Numbers.parseBoolean(f.value());
        } catch (IllegalArgumentException e) {
            at(f, Severity.ERROR, ScatterCodes.BAD_BOOLEAN, f.key() + ": " + e.getMessage(), partition);
            return fallback;
        }
    }

    List<Diagnostic> list() {
        return list;
    }
}
