package org.scatterbench.layout.plan;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.ByteRange;

/**
 * One step of a {@link FlashPlan}.
 *
 * @param action      what the step does
 * @param partition   the partition concerned (for WRITE_TABLE the table's name, e.g. {@code gpt})
 * @param range       the bytes the step reads or changes; for WRITE the whole partition, since the
 *                    image may fill it; for WRITE_TABLE the span of the first table write
 * @param image       for WRITE with a ROM folder: the image file; empty otherwise
 * @param tableWrites for WRITE_TABLE: every (range, bytes) write, primary and backup; empty otherwise
 * @param description one plain sentence for the user
 */
public record PlanStep(StepAction action, String partition, ByteRange range, Optional<Path> image,
        List<TableWrite> tableWrites, String description) {

    public PlanStep {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(range, "range");
        image = image == null ? Optional.empty() : image;
        tableWrites = tableWrites == null ? List.of() : List.copyOf(tableWrites);
        description = description == null ? "" : description;
        if (action == StepAction.WRITE_TABLE && tableWrites.isEmpty()) {
            throw new IllegalArgumentException("write-table step for " + partition + " without table bytes");
        }
    }

    public static PlanStep of(StepAction action, String partition, ByteRange range, String description) {
        return new PlanStep(action, partition, range, Optional.empty(), List.of(), description);
    }

    public static PlanStep write(String partition, ByteRange range, Path image, String description) {
        return new PlanStep(StepAction.WRITE, partition, range, Optional.ofNullable(image), List.of(), description);
    }

    public static PlanStep writeTable(String table, List<TableWrite> writes, String description) {
        return new PlanStep(StepAction.WRITE_TABLE, table, writes.get(0).range(), Optional.empty(), writes,
                description);
    }

    /** Every range this step changes on the device; empty for BACKUP and VERIFY. */
    public List<ByteRange> modifiedRanges() {
        if (!action.modifiesDevice()) {
            return List.of();
        }
        if (action == StepAction.WRITE_TABLE) {
            List<ByteRange> l = new ArrayList<>();
            for (TableWrite w : tableWrites) {
                l.add(w.range());
            }
            return l;
        }
        return List.of(range);
    }
}
