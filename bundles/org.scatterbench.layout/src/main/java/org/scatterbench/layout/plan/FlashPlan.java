package org.scatterbench.layout.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.scatterbench.model.ByteRange;

/**
 * The outcome of {@link Planner#plan(PlanRequest)}: either a refusal with reasons, or ordered steps.
 * A refused plan has no steps, so nothing can execute it by mistake. Every partition of both
 * layouts has a verdict either way, so the user sees what would have happened.
 */
public record FlashPlan(PlanMode mode, boolean refused, List<String> reasons, List<PlanStep> steps,
        List<PartitionVerdict> partitions) {

    public FlashPlan {
        Objects.requireNonNull(mode, "mode");
        reasons = List.copyOf(reasons);
        steps = List.copyOf(steps);
        partitions = List.copyOf(partitions);
        if (refused && !steps.isEmpty()) {
            throw new IllegalArgumentException("a refused plan must not carry steps");
        }
        if (refused && reasons.isEmpty()) {
            throw new IllegalArgumentException("a refused plan must say why");
        }
    }

    /** Every byte range a step of this plan changes on the device (writes, table writes, formats, restores). */
    public List<ByteRange> touchedRanges() {
        List<ByteRange> l = new ArrayList<>();
        for (PlanStep s : steps) {
            l.addAll(s.modifiedRanges());
        }
        return l;
    }

    /** Every byte range a step reads without changing it (backups, verifies). */
    public List<ByteRange> readRanges() {
        List<ByteRange> l = new ArrayList<>();
        for (PlanStep s : steps) {
            if (!s.action().modifiesDevice()) {
                l.add(s.range());
            }
        }
        return l;
    }

    public Optional<PartitionVerdict> verdictOf(String name) {
        String c = org.scatterbench.model.PartitionNames.canonical(name);
        return partitions.stream()
                .filter(v -> org.scatterbench.model.PartitionNames.canonical(v.name()).equals(c)).findFirst();
    }
}
