package org.scatterbench.ui.download;

import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.layout.plan.PartitionVerdict;
import org.scatterbench.model.Partition;

/**
 * One row of the Download view's table: a partition of the new ROM, where its image is, and what
 * the current plan does to it.
 *
 * @param partition the partition as the scatter file describes it
 * @param location  the image file in the ROM folder, empty when the scatter names none
 * @param verdict   the planner's verdict and reason, empty before the first plan
 */
public record PartitionRow(Partition partition, Optional<Path> location, Optional<PartitionVerdict> verdict) {

    public String name() {
        return partition.name();
    }

    public String beginAddress() {
        return String.format("0x%016X", partition.start());
    }

    /** The last byte of the partition, as SP Flash Tool shows it (inclusive end). */
    public String endAddress() {
        return partition.size() == 0 ? "" : String.format("0x%016X", partition.end() - 1);
    }

    public String region() {
        return partition.region().name();
    }

    public String locationText() {
        return location.map(Path::toString).orElse("");
    }

    public String verdictText() {
        return verdict.map(v -> v.verdict().jsonName()).orElse("");
    }

    public String reason() {
        return verdict.map(PartitionVerdict::reason).orElse("");
    }
}
