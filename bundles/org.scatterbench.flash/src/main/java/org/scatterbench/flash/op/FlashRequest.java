package org.scatterbench.flash.op;

import java.nio.file.Path;
import java.util.Objects;

import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.model.Layout;

/**
 * What to run.
 *
 * @param plan      the approved plan
 * @param assumed   the layout the plan was made against (device table, old scatter or --current file);
 *                  the phone's table must still equal it right before writing
 * @param rom       the new ROM's layout, for the brick guard
 * @param backupDir where BACKUP steps store their copies (kept after the run)
 */
public record FlashRequest(FlashPlan plan, Layout assumed, Layout rom, Path backupDir) {

    public FlashRequest {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(assumed, "assumed");
        Objects.requireNonNull(rom, "rom");
        Objects.requireNonNull(backupDir, "backupDir");
    }
}
