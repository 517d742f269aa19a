package org.scatterbench.layout.plan;

import java.util.List;

import org.scatterbench.layout.table.GptWriter;
import org.scatterbench.layout.table.MbrEbrWriter;
import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.layout.table.TableKind;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.Layout;

/**
 * Builds the write-table step (and its read-back check) from the effective new layout, with the
 * same writers the emulator uses to make images, so what is planned is what a device would get.
 */
final class TableStep {

    private TableStep() {
    }

    /** Adds WRITE_TABLE + VERIFY to the plan; returns false (after refusing) when no table can be made. */
    static boolean add(PlanContext ctx, Layout tableLayout) {
        TableKind kind = TableEntries.kindOf(ctx.next);
        if (kind == TableKind.NONE || kind == TableKind.PMT) {
            kind = TableEntries.kindOf(ctx.current);
        }
        try {
            List<TableWrite> writes;
            String what;
            switch (kind) {
                case GPT:
                    int sector = ctx.diskSize.region().name().startsWith("UFS") ? 4096 : 512;
                    writes = new GptWriter(sector, 128).write(tableLayout, ctx.diskSize.bytes());
                    what = "gpt";
                    if (ctx.diskSize.estimated()) {
                        ctx.note("The storage size is unknown (neither layout was read from the device), so the backup "
                                + "GPT is placed for an assumed user area of " + Sizes.hex(ctx.diskSize.bytes()) + " ("
                                + Sizes.human(ctx.diskSize.bytes()) + "). Plan against the device's own table before "
                                + "flashing so the backup GPT lands at the real end of the storage.");
                    }
                    break;
                case MBR_EBR:
                    writes = new MbrEbrWriter().write(tableLayout);
                    what = "mbr-ebr";
                    ctx.note("The MBR/EBR chain is generated from the new layout (file-system partitions only, in the "
                            + "ALPS scheme); the ROM's own MBR/EBR files are not written, and MediaTek's PMT, which the "
                            + "DA keeps, is not changed by this plan. Sizes are those the "
                            + (ctx.diskSize.estimated() ? "layouts state: if your phone's data partition was grown "
                                    + "beyond its scatter size, plan against a readback of the phone instead."
                                    : "phone's table states."));
                    break;
                default:
                    ctx.refuse("The new layout changes where partitions are, but neither layout has a partition table "
                            + "this tool can write (GPT or MBR/EBR), so the change cannot be applied safely.");
                    return false;
            }
            String desc = "Write the new partition table (" + (what.equals("gpt") ? "protective MBR, primary and "
                    + "backup GPT" : "MBR and EBR chain") + ")" + (ctx.request.mode() == PlanMode.KEEP_DATA
                    ? "; every protected partition keeps its current place." : " from the new layout.");
            ctx.step(PlanStep.writeTable(what, writes, desc));
            ctx.step(PlanStep.of(StepAction.VERIFY, what, writes.get(0).range(),
                    "Read the new partition table back and compare it with what was written."));
            return true;
        } catch (TableFormatException | RuntimeException e) {
            ctx.refuse("The new partition table cannot be built: " + e.getMessage());
            return false;
        }
    }
}
