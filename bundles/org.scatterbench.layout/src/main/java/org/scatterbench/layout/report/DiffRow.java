package org.scatterbench.layout.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.scatterbench.layout.diff.Change;
import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;
import org.scatterbench.model.Partition;

/**
 * One aligned row of a diff report: the diff entry for a partition name and the planner's verdict
 * for it, as the texts a table shows. All the judgement is the diff's and the planner's; this only
 * pairs them up.
 */
public record DiffRow(DiffEntry entry, Optional<PartitionVerdict> verdict) {

    /** The rows of {@code diff} in its order; {@code plan} may be null (no verdicts yet). */
    public static List<DiffRow> of(LayoutDiff diff, FlashPlan plan) {
        List<DiffRow> rows = new ArrayList<>();
        for (DiffEntry e : diff.entries()) {
            Optional<PartitionVerdict> v = plan == null ? Optional.empty() : plan.verdictOf(e.name());
            if (v.isEmpty() && plan != null) {
                // the planner may key a partition by its spelling in either layout (ANDROID vs system)
                v = e.next().or(e::current).flatMap(p -> plan.verdictOf(p.name()));
            }
            rows.add(new DiffRow(e, v));
        }
        return rows;
    }

    public String name() {
        return entry.name();
    }

    public Change change() {
        return entry.change();
    }

    public String currentStart() {
        return entry.current().map(p -> hex(p.start())).orElse("");
    }

    public String currentSize() {
        return entry.current().map(p -> hex(p.size())).orElse("");
    }

    public String nextStart() {
        return entry.next().map(p -> hex(p.start())).orElse("");
    }

    public String nextSize() {
        return entry.next().map(p -> hex(p.size())).orElse("");
    }

    public String region() {
        return entry.next().or(entry::current).map(Partition::region).map(Object::toString).orElse("");
    }

    public String changeText() {
        return entry.change().jsonName() + (entry.note().isEmpty() ? "" : " (" + entry.note() + ")");
    }

    public String verdictText() {
        return verdict.map(v -> v.verdict().jsonName()).orElse("");
    }

    public String reason() {
        return verdict.map(PartitionVerdict::reason).orElse("");
    }

    static String hex(long v) {
        return String.format("0x%X", v);
    }
}
