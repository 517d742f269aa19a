package org.scatterbench.scatter.validation;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Severity;
import org.scatterbench.scatter.syntax.Field;
import org.scatterbench.scatter.syntax.FieldBlock;

/** Builds diagnostics located at a field of a partition block, or at the block when the field is absent. */
final class Locator {

    private final String source;

    Locator(String source) {
        this.source = source;
    }

    Diagnostic at(FieldBlock block, String field, Severity severity, String code, String message, String partition) {
        Field f = block.field(field).orElse(null);
        int line;
        int col;
        if (f != null) {
            line = f.line();
            col = f.column();
        } else {
            line = block.first() == null ? 1 : block.first().line();
            col = block.first() == null ? 1 : block.first().column();
        }
        return new Diagnostic(severity, code, message, source, Math.max(1, line), Math.max(1, col), partition);
    }

    Diagnostic at(FieldBlock block, String field, Severity severity, String code, String message, Partition p) {
        return at(block, field, severity, code, message, p.name());
    }

    Diagnostic at(Field f, Severity severity, String code, String message, String partition) {
        return new Diagnostic(severity, code, message, source, Math.max(1, f.line()), Math.max(1, f.column()),
                partition);
    }
}
