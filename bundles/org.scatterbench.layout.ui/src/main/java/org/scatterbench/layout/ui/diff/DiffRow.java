package org.scatterbench.layout.ui.diff;

import java.util.List;
import java.util.Optional;

import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;

/**
 * One aligned row of the Layout Diff view. The pairing and every cell text are the core report's
 * ({@link org.scatterbench.layout.report.DiffRow}), so the table and the exported report agree.
 */
public record DiffRow(DiffEntry entry, Optional<PartitionVerdict> verdict) {

    public static List<DiffRow> of(LayoutDiff diff, FlashPlan plan) {
        return org.scatterbench.layout.report.DiffRow.of(diff, plan).stream()
                .map(r -> new DiffRow(r.entry(), r.verdict()))
                .toList();
    }

    private org.scatterbench.layout.report.DiffRow core() {
        return new org.scatterbench.layout.report.DiffRow(entry, verdict);
    }

    public String name() {
        return core().name();
    }

    public Change change() {
        return core().change();
    }

    public String currentStart() {
        return core().currentStart();
    }

    public String currentSize() {
        return core().currentSize();
    }

    public String nextStart() {
        return core().nextStart();
    }

    public String nextSize() {
        return core().nextSize();
    }

    public String region() {
        return core().region();
    }

    public String changeText() {
        return core().changeText();
    }

    public String verdictText() {
        return core().verdictText();
    }

    public String reason() {
        return core().reason();
    }
}
