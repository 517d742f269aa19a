package org.scatterbench.ui.download;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.PartitionNames;

/**
 * What the user chose in the Download view, turned into the planner's request. Unticking a
 * partition makes it not downloadable in the new layout (as SP Flash Tool does); ticking one the
 * planner protects is an explicit opt-in. Immutable; the view swaps instances.
 *
 * @param next      the new ROM's layout (the scatter-loading file)
 * @param current   what the phone holds now (device table, old scatter, dump)
 * @param romFolder the folder with the images, for image sizes
 * @param mode      the preset
 * @param excluded  canonical names the user unticked
 * @param optIn     canonical names the user ticked although protected
 */
public record DownloadSelection(Layout next, Layout current, Optional<Path> romFolder, PlanMode mode,
        Set<String> excluded, Set<String> optIn) {

    public DownloadSelection {
        excluded = Set.copyOf(excluded);
        optIn = Set.copyOf(optIn);
    }

    public static DownloadSelection of(Layout next, Layout current, Optional<Path> romFolder, PlanMode mode) {
        return new DownloadSelection(next, current, romFolder, mode, Set.of(), Set.of());
    }

    /** A new preset starts from the preset's own ticks. */
    public DownloadSelection withMode(PlanMode newMode) {
        return new DownloadSelection(next, current, romFolder, newMode, Set.of(), Set.of());
    }

    public DownloadSelection withCurrent(Layout newCurrent) {
        return new DownloadSelection(next, newCurrent, romFolder, mode, excluded, optIn);
    }

    public DownloadSelection ticked(String name, boolean ticked) {
        String c = PartitionNames.canonical(name);
        Set<String> ex = new HashSet<>(excluded);
        Set<String> in = new HashSet<>(optIn);
        if (ticked) {
            ex.remove(c);
            in.add(c);
        } else {
            ex.add(c);
            in.remove(c);
        }
        return new DownloadSelection(next, current, romFolder, mode, ex, in);
    }

    /** The request the planner gets: the same call the {@code plan} command makes. */
    public PlanRequest request() {
        List<Partition> parts = next.partitions().stream()
                .map(p -> excluded.contains(p.canonicalName()) ? p.toBuilder().downloadable(false).build() : p)
                .toList();
        PlanRequest r = PlanRequest.of(current, next.withPartitions(parts), mode).withOptIn(optIn);
        return romFolder.map(r::withRom).orElse(r);
    }

    public FlashPlan plan() {
        return new Planner().plan(request());
    }
}
