package org.scatterbench.emulator.fault;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Faults a virtual phone injects into each session, for reliability tests of a host. Byte offsets
 * count from the start of a session, separately per {@link Direction}; every session starts the
 * counts again. Immutable; build with {@link #builder()}.
 */
public final class FaultPlan {

    private static final FaultPlan NONE = builder().build();

    private final Map<Direction, Long> disconnectAfter;
    private final Map<Direction, Long> dropAt;
    private final Map<Direction, Long> corruptAt;
    private final long stallAt;
    private final long stallMillis;
    private final Map<Long, Long> statusOverrides;
    private final boolean lockedTargetConfig;

    private FaultPlan(Builder b) {
        this.disconnectAfter = Map.copyOf(b.disconnectAfter);
        this.dropAt = Map.copyOf(b.dropAt);
        this.corruptAt = Map.copyOf(b.corruptAt);
        this.stallAt = b.stallAt;
        this.stallMillis = b.stallMillis;
        this.statusOverrides = Map.copyOf(b.statusOverrides);
        this.lockedTargetConfig = b.lockedTargetConfig;
    }

    public static FaultPlan none() {
        return NONE;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The line drops once this many bytes went in {@code d}; empty for never. */
    public OptionalLong disconnectAfter(Direction d) {
        Long v = disconnectAfter.get(d);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Offset of the byte that is lost in {@code d}. */
    public OptionalLong dropAt(Direction d) {
        Long v = dropAt.get(d);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Offset of the byte that arrives inverted (XOR 0xFF) in {@code d}. */
    public OptionalLong corruptAt(Direction d) {
        Long v = corruptAt.get(d);
        return v == null ? OptionalLong.empty() : OptionalLong.of(v);
    }

    /** Offset of the byte to the host before which the phone goes silent, or -1. */
    public long stallAt() {
        return stallAt;
    }

    public long stallMillis() {
        return stallMillis;
    }

    /** The status the DA answers to an XFlash command or DEVICE_CTRL code instead of executing it. */
    public Optional<Long> statusFor(long commandOrCtrlCode) {
        return Optional.ofNullable(statusOverrides.get(commandOrCtrlCode));
    }

    public boolean lockedTargetConfig() {
        return lockedTargetConfig;
    }

    /**
     * The first offset at or after {@code from} in direction {@code d} where a byte-level fault acts
     * (a cut, a dropped or corrupted byte, a stall), or {@link Long#MAX_VALUE}: the bytes before it
     * can move in bulk.
     */
    public long nextEvent(Direction d, long from) {
        long next = Long.MAX_VALUE;
        for (OptionalLong at : new OptionalLong[] { disconnectAfter(d), dropAt(d), corruptAt(d),
                d == Direction.TO_HOST && stallAt >= 0 ? OptionalLong.of(stallAt) : OptionalLong.empty() }) {
            if (at.isPresent() && at.getAsLong() >= from) {
                next = Math.min(next, at.getAsLong());
            }
        }
        return next;
    }

    /** True when any byte-level fault applies, so the link must look at single bytes. */
    public boolean hasByteFaults() {
        return !disconnectAfter.isEmpty() || !dropAt.isEmpty() || !corruptAt.isEmpty() || stallAt >= 0;
    }

    /** Builder of a {@link FaultPlan}. */
    public static final class Builder {
        private final Map<Direction, Long> disconnectAfter = new EnumMap<>(Direction.class);
        private final Map<Direction, Long> dropAt = new EnumMap<>(Direction.class);
        private final Map<Direction, Long> corruptAt = new EnumMap<>(Direction.class);
        private long stallAt = -1;
        private long stallMillis;
        private final Map<Long, Long> statusOverrides = new HashMap<>();
        private boolean lockedTargetConfig;

        private Builder() {
        }

        public Builder disconnectAfter(Direction d, long bytes) {
            disconnectAfter.put(d, requireNonNegative(bytes));
            return this;
        }

        public Builder dropByte(Direction d, long offset) {
            dropAt.put(d, requireNonNegative(offset));
            return this;
        }

        public Builder corruptByte(Direction d, long offset) {
            corruptAt.put(d, requireNonNegative(offset));
            return this;
        }

        /** Goes silent for {@code millis} before sending the byte at {@code offsetToHost}. */
        public Builder stall(long offsetToHost, long millis) {
            stallAt = requireNonNegative(offsetToHost);
            stallMillis = requireNonNegative(millis);
            return this;
        }

        /** Answers {@code status} to an XFlash command (e.g. 0x010004) or DEVICE_CTRL code (e.g. 0x040007). */
        public Builder answerStatus(long commandOrCtrlCode, long status) {
            statusOverrides.put(commandOrCtrlCode, status & 0xFFFFFFFFL);
            return this;
        }

        /** Reports SBC, SLA and DAA on, so the BROM refuses an unauthenticated DA. */
        public Builder lockedTargetConfig() {
            lockedTargetConfig = true;
            return this;
        }

        public FaultPlan build() {
            return new FaultPlan(this);
        }

        private static long requireNonNegative(long v) {
            if (v < 0) {
                throw new IllegalArgumentException("negative value " + v);
            }
            return v;
        }
    }
}
