package org.scatterbench.image;

import java.util.Arrays;
import java.util.Objects;

/**
 * A contiguous range [offset, offset + length) of an image's expanded content.
 *
 * @param offset  first byte in the expanded image
 * @param length  bytes covered, never negative
 * @param kind    what the bytes are made of
 * @param pattern for FILL the 4 pattern bytes in output order (byte 0 lands on the extent's first
 *                byte); empty otherwise
 */
public record Extent(long offset, long length, ExtentKind kind, byte[] pattern) {

    public Extent {
        Objects.requireNonNull(kind, "kind");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("negative extent " + offset + "+" + length);
        }
        Math.addExact(offset, length);
        pattern = pattern == null ? new byte[0] : pattern.clone();
        if (kind == ExtentKind.FILL && pattern.length != 4) {
            throw new IllegalArgumentException("a FILL extent needs a 4-byte pattern");
        }
        if (kind != ExtentKind.FILL && pattern.length != 0) {
            throw new IllegalArgumentException("only FILL extents carry a pattern");
        }
    }

    public static Extent data(long offset, long length) {
        return new Extent(offset, length, ExtentKind.DATA, null);
    }

    public static Extent fill(long offset, long length, byte[] pattern) {
        return new Extent(offset, length, ExtentKind.FILL, pattern);
    }

    public static Extent dontCare(long offset, long length) {
        return new Extent(offset, length, ExtentKind.DONT_CARE, null);
    }

    /** The first byte after the extent. */
    public long end() {
        return offset + length;
    }

    @Override
    public byte[] pattern() {
        return pattern.clone();
    }

    /** The FILL pattern as the little-endian u32 the sparse file stores, 0 for other kinds. */
    public int patternValue() {
        if (pattern.length != 4) {
            return 0;
        }
        return (pattern[0] & 0xFF) | (pattern[1] & 0xFF) << 8 | (pattern[2] & 0xFF) << 16 | (pattern[3] & 0xFF) << 24;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Extent e && e.offset == offset && e.length == length && e.kind == kind
                && Arrays.equals(e.pattern, pattern);
    }

    @Override
    public int hashCode() {
        return Objects.hash(offset, length, kind, Arrays.hashCode(pattern));
    }

    @Override
    public String toString() {
        String p = kind == ExtentKind.FILL ? String.format("(0x%08X)", patternValue()) : "";
        return String.format("%s%s[0x%X+0x%X]", kind, p, offset, length);
    }
}
