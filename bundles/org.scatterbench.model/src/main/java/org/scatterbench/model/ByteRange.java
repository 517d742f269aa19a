package org.scatterbench.model;

import java.util.Objects;

/**
 * A half-open range of bytes [start, start + length) inside one region. Arithmetic is exact:
 * a range whose end would pass {@link Long#MAX_VALUE} is rejected.
 */
public record ByteRange(Region region, long start, long length) {

    public ByteRange {
        Objects.requireNonNull(region, "region");
        if (start < 0 || length < 0) {
            throw new IllegalArgumentException("negative range " + start + "+" + length);
        }
        Math.addExact(start, length);
    }

    /** The first byte after the range. */
    public long end() {
        return start + length;
    }

    public boolean isEmpty() {
        return length == 0;
    }

    /** True when both ranges share at least one byte of the same region. */
    public boolean overlaps(ByteRange other) {
        return regionsShareBytes(region, other.region) && !isEmpty() && !other.isEmpty()
                && start < other.end() && other.start < end();
    }

    /**
     * True when every byte {@code other} covers lies in this range. A range of both boot areas is
     * within one of both boot areas, but not within a range of one of them: writing it would
     * also write the other area.
     */
    public boolean contains(ByteRange other) {
        boolean areas = region.equals(other.region) || region.equals(Region.EMMC_BOOT1_BOOT2)
                && (other.region.equals(Region.EMMC_BOOT1) || other.region.equals(Region.EMMC_BOOT2));
        return areas && other.start >= start && other.end() <= end();
    }

    /** EMMC_BOOT1_BOOT2 is written to both boot areas, so it shares bytes with each of them. */
    private static boolean regionsShareBytes(Region a, Region b) {
        if (a.equals(b)) {
            return true;
        }
        Region both = Region.EMMC_BOOT1_BOOT2;
        return (a.equals(both) && (b.equals(Region.EMMC_BOOT1) || b.equals(Region.EMMC_BOOT2)))
                || (b.equals(both) && (a.equals(Region.EMMC_BOOT1) || a.equals(Region.EMMC_BOOT2)));
    }

    @Override
    public String toString() {
        return String.format("%s[0x%X..0x%X)", region, start, end());
    }
}
