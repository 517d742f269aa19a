package org.scatterbench.layout.plan;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.scatterbench.model.Layout;
import org.scatterbench.model.PartitionNames;

/**
 * What to plan.
 *
 * @param current   what the device holds now (old scatter, device table or disk image)
 * @param next      the new ROM's layout
 * @param romFolder the folder with the new ROM's images; empty to plan on layouts alone
 * @param mode      what to do with the data on the device
 * @param optIn     partitions the user explicitly allowed to be erased/written although they are
 *                  protected (e.g. {@code cache}); any spelling, stored canonical
 */
public record PlanRequest(Layout current, Layout next, Optional<Path> romFolder, PlanMode mode, Set<String> optIn) {

    public PlanRequest {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(next, "next");
        romFolder = romFolder == null ? Optional.empty() : romFolder;
        mode = mode == null ? PlanMode.KEEP_DATA : mode;
        Set<String> c = new TreeSet<>();
        if (optIn != null) {
            for (String n : optIn) {
                c.add(PartitionNames.canonical(n));
            }
        }
        optIn = Set.copyOf(c);
    }

    public static PlanRequest of(Layout current, Layout next, PlanMode mode) {
        return new PlanRequest(current, next, Optional.empty(), mode, Set.of());
    }

    public PlanRequest withRom(Path folder) {
        return new PlanRequest(current, next, Optional.ofNullable(folder), mode, optIn);
    }

    public PlanRequest withOptIn(Set<String> names) {
        return new PlanRequest(current, next, romFolder, mode, names);
    }

    public boolean optedIn(String partitionName) {
        return optIn.contains(PartitionNames.canonical(partitionName));
    }
}
