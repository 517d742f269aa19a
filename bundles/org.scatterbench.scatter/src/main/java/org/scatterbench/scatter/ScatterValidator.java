package org.scatterbench.scatter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.scatter.mapping.MappedSection;
import org.scatterbench.scatter.validation.LayoutChecks;
import org.scatterbench.scatter.validation.RomChecks;
import org.scatterbench.scatter.validation.StructureChecks;

/**
 * Explains every problem of a scatter document: reading problems, unknown or repeated fields,
 * layout conflicts per storage section and, with a ROM folder, the images. Codes are listed in
 * {@link ScatterCodes}; every diagnostic names the file and line.
 */
public final class ScatterValidator {

    private final Path rom;

    /** A validator without ROM checks. */
    public ScatterValidator() {
        this(null);
    }

    /** @param romFolder the folder the images are taken from, or null for no image checks */
    public ScatterValidator(Path romFolder) {
        this.rom = romFolder;
    }

    public List<Diagnostic> validate(ScatterDocument doc) {
        List<Diagnostic> out = new ArrayList<>(doc.problems());
        String source = doc.sourceName();
        StructureChecks.check(doc.tree(), source, out);
        for (MappedSection s : doc.mappedSections()) {
            LayoutChecks.check(s, doc.format(), source, out);
        }
        if (rom != null) {
            RomChecks.check(doc.mappedSections(), rom, source, out);
        }
        out.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return out;
    }

    public static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
