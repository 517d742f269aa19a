package org.scatterbench.layout.plan;

import org.scatterbench.layout.diff.DiffEntry;

/**
 * download-only: write the selected images into the device's existing layout. Like SP Flash Tool
 * (error 8038, "PMT changed"), it refuses when the layouts differ, since the images would land at
 * the wrong places. Protected partitions are not written unless the user opted in.
 */
final class DownloadOnlyMode {

    private DownloadOnlyMode() {
    }

    static void plan(PlanContext ctx) {
        if (ctx.diff.layoutChanged()) {
            StringBuilder sb = new StringBuilder("The new ROM's layout differs from the current one (");
            int shown = 0;
            for (DiffEntry e : ctx.diff.layoutChanges()) {
                if (shown++ == 3) {
                    sb.append(", ...");
                    break;
                }
                sb.append(shown > 1 ? "; " : "").append(e.current().isPresent() ? Explain.change(e)
                        : e.name() + " is new");
            }
            sb.append("). download-only writes into the existing layout and would put images at the wrong places "
                    + "(SP Flash Tool reports this as \"PMT changed\", error 8038). Choose keep-data, which rewrites "
                    + "the table when your data can stay in place, or firmware-upgrade / format-all.");
            ctx.refuse(sb.toString());
        }
        ImagePass.run(ctx, true, false, "download-only");
        ctx.verdictsForCurrentOnly();
    }
}
