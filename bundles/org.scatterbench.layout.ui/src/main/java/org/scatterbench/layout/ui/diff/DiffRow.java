package org.scatterbench.layout.ui.diff;

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
 * One aligned row of the Layout Diff view: the core's diff entry for a partition name and the
 * planner's verdict for it. All the judgement is the core's; this only pairs them up.
 */
public record DiffRow(DiffEntry entry, Optional<PartitionVerdict> verdict) {

    public static List<DiffRow> of(LayoutDiff diff, FlashPlan plan) {
        List<DiffRow> rows = new ArrayList<>();
        for (DiffEntry e : diff.entries()) {
            Optional<PartitionVerdict> v = plan == null ? Optional.empty() : plan.verdictOf(e.name());
            if (v.isEmpty() && plan != null) {
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
