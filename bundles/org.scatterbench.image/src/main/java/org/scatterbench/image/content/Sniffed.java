package org.scatterbench.image.content;

/**
 * What one recogniser found.
 *
 * @param kind           the content kind
 * @param summary        one phrase for the description
 * @param filesystemSize the size the content states for itself, or null
 * @param usedEstimate   used bytes from the superblock/checkpoint (an estimate), or null
 * @param label          volume name, or null
 */
record Sniffed(ContentKind kind, String summary, Long filesystemSize, Long usedEstimate, String label) {

    static Sniffed plain(ContentKind kind, String summary) {
        return new Sniffed(kind, summary, null, null, null);
    }
}
