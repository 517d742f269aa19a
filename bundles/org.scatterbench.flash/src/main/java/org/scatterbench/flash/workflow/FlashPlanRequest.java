package org.scatterbench.flash.workflow;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.model.Layout;

/**
 * What one flash is asked to do.
 *
 * @param next      the new ROM's layout
 * @param romFolder the folder with the new images
 * @param mode      the planner's preset
 * @param optIn     protected partitions the user allows to be written or erased
 * @param excluded  canonical names the user unticked: planned as not downloadable
 * @param current   where the current layout comes from
 * @param verify    add a read-back VERIFY after every image write
 * @param backupDir where the engine keeps the backups it takes before writing
 * @param reports   where the run report is saved; empty saves none
 * @param calibrationBackups where the calibration backup taken before any write goes (a new dated
 *                  folder inside); empty takes none, which firmware-upgrade does not allow
 */
public record FlashPlanRequest(Layout next, Optional<Path> romFolder, PlanMode mode, Set<String> optIn,
        Set<String> excluded, CurrentLayout current, boolean verify, Path backupDir, Optional<ReportStore> reports,
        Optional<Path> calibrationBackups) {

    public FlashPlanRequest {
        optIn = Set.copyOf(optIn);
        excluded = Set.copyOf(excluded);
    }

    /** A request that takes no calibration backup (refused for firmware-upgrade). */
    public FlashPlanRequest(Layout next, Optional<Path> romFolder, PlanMode mode, Set<String> optIn,
            Set<String> excluded, CurrentLayout current, boolean verify, Path backupDir,
            Optional<ReportStore> reports) {
        this(next, romFolder, mode, optIn, excluded, current, verify, backupDir, reports, Optional.empty());
    }

    /** The new layout as the planner sees it: unticked partitions are not downloaded. */
    Layout plannedNext() {
        if (excluded.isEmpty()) {
            return next;
        }
        return next.withPartitions(next.partitions().stream()
                .map(p -> excluded.contains(p.canonicalName()) ? p.toBuilder().downloadable(false).build() : p)
                .toList());
    }
}
