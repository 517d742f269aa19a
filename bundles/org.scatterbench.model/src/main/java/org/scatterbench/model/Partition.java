package org.scatterbench.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One partition of a {@link Layout}, independent of the file format it came from. Immutable;
 * change it with the {@code with...} methods or a {@link Builder}.
 *
 * <p>{@link #start()} is the byte offset inside {@link #region()}. {@link #linearStart()} is the
 * address as the scatter file states it (boot window and user area counted as one space in the
 * MBR era) and is empty for end-relative reservations, whose distance from the end of the region
 * is kept in {@link #endRelativeBlocks()} instead.
 */
public final class Partition {

    private final String name;
    private final int index;
    private final Storage storage;
    private final Region region;
    private final long start;
    private final long size;
    private final Long linearStart;
    private final Long endRelativeBlocks;
    private final String fileName;
    private final boolean downloadable;
    private final String type;
    private final OperationType operation;
    private final boolean upgradable;
    private final boolean boundaryCheck;
    private final boolean reserved;

    private Partition(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.index = b.index;
        this.storage = b.storage == null ? Storage.UNKNOWN : b.storage;
        this.region = b.region == null ? Region.EMMC_USER : b.region;
        this.start = b.start;
        this.size = b.size;
        this.linearStart = b.linearStart;
        this.endRelativeBlocks = b.endRelativeBlocks;
        this.fileName = b.fileName;
        this.downloadable = b.downloadable;
        this.type = b.type == null ? "NORMAL_ROM" : b.type;
        this.operation = b.operation == null ? OperationType.UPDATE : b.operation;
        this.upgradable = b.upgradable;
        this.boundaryCheck = b.boundaryCheck;
        this.reserved = b.reserved;
        if (start < 0) {
            throw new IllegalArgumentException("partition " + name + ": negative start " + start);
        }
        if (size < 0) {
            throw new IllegalArgumentException("partition " + name + ": negative size " + size);
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        Builder b = new Builder(name);
        b.index = index;
        b.storage = storage;
        b.region = region;
        b.start = start;
        b.size = size;
        b.linearStart = linearStart;
        b.endRelativeBlocks = endRelativeBlocks;
        b.fileName = fileName;
        b.downloadable = downloadable;
        b.type = type;
        b.operation = operation;
        b.upgradable = upgradable;
        b.boundaryCheck = boundaryCheck;
        b.reserved = reserved;
        return b;
    }

    /** The name as written, prefixes such as {@code __NODL_} and {@code RSV_} included. */
    public String name() {
        return name;
    }

    /** The name without the {@code __NODL_} and {@code RSV_} prefixes. */
    public String baseName() {
        return PartitionNames.stripPrefixes(name);
    }

    /** The alias-resolved, lower-case name used to match partitions across generations. */
    public String canonicalName() {
        return PartitionNames.canonical(name);
    }

    /** Ordinal of the partition within its storage section ({@code SYS<n>}), or its position. */
    public int index() {
        return index;
    }

    public Storage storage() {
        return storage;
    }

    public Region region() {
        return region;
    }

    public long start() {
        return start;
    }

    public long size() {
        return size;
    }

    public long end() {
        return start + size;
    }

    public ByteRange range() {
        return new ByteRange(region, start, size);
    }

    public Optional<Long> linearStart() {
        return Optional.ofNullable(linearStart);
    }

    /**
     * For reservations at the end of the storage ({@code 0xFFFFnnnn}): the code's low bits, in
     * erase blocks. Empty for ordinary partitions.
     */
    public Optional<Long> endRelativeBlocks() {
        return Optional.ofNullable(endRelativeBlocks);
    }

    public boolean isEndRelative() {
        return endRelativeBlocks != null;
    }

    /** The image file name, or empty when the scatter says {@code NONE}. */
    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    public boolean downloadable() {
        return downloadable;
    }

    public String type() {
        return type;
    }

    public OperationType operation() {
        return operation;
    }

    public boolean upgradable() {
        return upgradable;
    }

    public boolean boundaryCheck() {
        return boundaryCheck;
    }

    public boolean reserved() {
        return reserved;
    }

    public Partition withStart(long newStart) {
        return toBuilder().start(newStart).build();
    }

    public Partition withSize(long newSize) {
        return toBuilder().size(newSize).build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Partition)) {
            return false;
        }
        Partition p = (Partition) o;
        return name.equals(p.name) && index == p.index && storage == p.storage && region.equals(p.region)
                && start == p.start && size == p.size && Objects.equals(linearStart, p.linearStart)
                && Objects.equals(endRelativeBlocks, p.endRelativeBlocks) && Objects.equals(fileName, p.fileName)
                && downloadable == p.downloadable && type.equals(p.type) && operation == p.operation
                && upgradable == p.upgradable && boundaryCheck == p.boundaryCheck && reserved == p.reserved;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, index, region, start, size);
    }

    @Override
    public String toString() {
        return String.format("%s %s[0x%X+0x%X]", name, region, start, size);
    }

    /** Mutable builder; defaults are those of a downloadable user-area raw partition. */
    public static final class Builder {
        private String name;
        private int index;
        private Storage storage;
        private Region region;
        private long start;
        private long size;
        private Long linearStart;
        private Long endRelativeBlocks;
        private String fileName;
        private boolean downloadable = true;
        private String type;
        private OperationType operation;
        private boolean upgradable = true;
        private boolean boundaryCheck = true;
        private boolean reserved;

        private Builder(String name) {
            this.name = name;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder index(int v) { this.index = v; return this; }
        public Builder storage(Storage v) { this.storage = v; return this; }
        public Builder region(Region v) { this.region = v; return this; }
        public Builder start(long v) { this.start = v; return this; }
        public Builder size(long v) { this.size = v; return this; }
        public Builder linearStart(Long v) { this.linearStart = v; return this; }
        public Builder endRelativeBlocks(Long v) { this.endRelativeBlocks = v; return this; }
        public Builder fileName(String v) { this.fileName = v; return this; }
        public Builder downloadable(boolean v) { this.downloadable = v; return this; }
        public Builder type(String v) { this.type = v; return this; }
        public Builder operation(OperationType v) { this.operation = v; return this; }
        public Builder upgradable(boolean v) { this.upgradable = v; return this; }
        public Builder boundaryCheck(boolean v) { this.boundaryCheck = v; return this; }
        public Builder reserved(boolean v) { this.reserved = v; return this; }

        public Partition build() {
            return new Partition(this);
        }
    }
}
