package org.scatterbench.image;

/** What the bytes of an {@link Extent} of the expanded image are made of. */
public enum ExtentKind {
    /** Bytes stored in the file (a raw file, or a sparse RAW chunk). */
    DATA,
    /** A 4-byte pattern repeated over the extent (a sparse FILL chunk). */
    FILL,
    /**
     * Content the image does not define (a sparse DONT_CARE chunk). A device keeps its old bytes
     * there; a writer may skip the range, or write zeros when the result must be deterministic.
     */
    DONT_CARE
}
