package org.scatterbench.scatter.validation;

import java.util.List;

import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Severity;
import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.mapping.MappedSection;
import org.scatterbench.scatter.mapping.Numbers;
import org.scatterbench.scatter.syntax.FieldBlock;

/** One storage section under validation, with what every check of it needs to report a problem. */
final class SectionView {

    final MappedSection section;
    final ScatterFormat format;
    final Locator at;
    final List<Diagnostic> out;
    final List<Partition> parts;
    final List<FieldBlock> blocks;

    SectionView(MappedSection section, ScatterFormat format, String source, List<Diagnostic> out) {
        this.section = section;
        this.format = format;
        this.at = new Locator(source);
        this.out = out;
        this.parts = section.layout().partitions();
        this.blocks = section.section().partitions();
    }

    boolean legacy() {
        return format == ScatterFormat.LEGACY || format == ScatterFormat.OTA_LIST;
    }

    String startField(int i) {
        return blocks.get(i).field("physical_start_addr").isPresent() ? "physical_start_addr" : "linear_start_addr";
    }

    /**
     * Reserved partitions (flashinfo, sgpt, ...) are placed by the flash tool from the end of the
     * device, whatever address the file states; a conflict there is worth a warning, not a refusal.
     */
    static Severity severity(Partition a, Partition b) {
        return a.reserved() || b.reserved() ? Severity.WARNING : Severity.ERROR;
    }

    static String reservedNote(Partition a, Partition b) {
        return a.reserved() || b.reserved() ? " (a reserved partition: the tool places it from the end of the device)"
                : "";
    }

    static String describe(Partition p) {
        return p.region() + "[" + Numbers.hex(p.start()) + ".." + (end(p) == Long.MAX_VALUE ? "beyond 2^63"
                : Numbers.hex(end(p))) + ")";
    }

    /** End of a partition, saturated: values that overflow are reported by the bounds check. */
    static long end(Partition p) {
        long e = p.start() + p.size();
        return e < 0 ? Long.MAX_VALUE : e;
    }
}
