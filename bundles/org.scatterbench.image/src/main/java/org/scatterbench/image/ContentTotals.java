package org.scatterbench.image;

/**
 * How an image's expanded bytes split by extent kind.
 *
 * @param dataBytes     bytes stored in the file (raw file, RAW chunks)
 * @param fillBytes     bytes produced from FILL patterns
 * @param dontCareBytes bytes the image leaves undefined
 * @param definedEnd    the expanded offset just after the last DATA or FILL byte (0 when none): an
 *                      image whose definedEnd fits but whose expanded size does not is too big only
 *                      because of its DONT_CARE tail
 * @param chunks        sparse chunks (0 for a raw file)
 * @param crcChunks     CRC32 chunks among them
 */
public record ContentTotals(long dataBytes, long fillBytes, long dontCareBytes, long definedEnd, long chunks,
        long crcChunks) {

    /** Bytes a writer must actually send: DATA + FILL. */
    public long writtenBytes() {
        return Math.addExact(dataBytes, fillBytes);
    }
}
