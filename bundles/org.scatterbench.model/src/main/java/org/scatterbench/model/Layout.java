package org.scatterbench.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A storage-aware partition layout: what lives where on one storage device. Immutable. It is
 * produced by the scatter readers, the partition-table codecs and the device, and consumed by the
 * diff, the planner and the flash engine, which never see a file format.
 *
 * @param source      where the layout came from, for messages (a file name, "device", ...)
 * @param platform    the SoC (e.g. {@code MT6765}), or empty
 * @param storage     the storage type
 * @param blockSize   erase-block unit for end-relative reservations, 0 when unknown
 * @param partitions  in on-disk (file) order
 * @param regionSizes capacity of each region in bytes, where known
 */
public record Layout(String source, String platform, Storage storage, long blockSize, List<Partition> partitions,
        Map<Region, Long> regionSizes) {

    public Layout {
        Objects.requireNonNull(partitions, "partitions");
        source = source == null ? "" : source;
        platform = platform == null ? "" : platform;
        storage = storage == null ? Storage.UNKNOWN : storage;
        partitions = List.copyOf(partitions);
        regionSizes = regionSizes == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(regionSizes));
    }

    public static Layout of(String source, Storage storage, List<Partition> partitions) {
        return new Layout(source, "", storage, 0, partitions, Map.of());
    }

    /** The partition whose canonical name equals that of {@code name} (aliases and prefixes resolved). */
    public Optional<Partition> find(String name) {
        String c = PartitionNames.canonical(name);
        return partitions.stream().filter(p -> p.canonicalName().equals(c)).findFirst();
    }

    public List<Partition> inRegion(Region region) {
        return partitions.stream().filter(p -> p.region().equals(region)).collect(Collectors.toList());
    }

    /** The capacity of a region, if known. */
    public Optional<Long> regionSize(Region region) {
        return Optional.ofNullable(regionSizes.get(region));
    }

    public Layout withPartitions(List<Partition> newPartitions) {
        return new Layout(source, platform, storage, blockSize, newPartitions, regionSizes);
    }

    public Layout withRegionSize(Region region, long size) {
        Map<Region, Long> m = new LinkedHashMap<>(regionSizes);
        m.put(region, size);
        return new Layout(source, platform, storage, blockSize, partitions, m);
    }

    /** Partitions sorted by region name then start, for range arithmetic. */
    public List<Partition> sortedByStart() {
        List<Partition> l = new ArrayList<>(partitions);
        l.sort((a, b) -> {
            int c = a.region().name().compareTo(b.region().name());
            return c != 0 ? c : Long.compare(a.start(), b.start());
        });
        return l;
    }
}
