package org.scatterbench.image.content;

/**
 * What a run of bytes holds (an image's expanded content, or a partition read back from a
 * device), independent of any file.
 *
 * @param kind           the content kind
 * @param summary        one phrase, e.g. {@code ext4 filesystem "system" of 8388608 bytes (8.00 MiB), ...}
 * @param filesystemSize the size the content states for itself (ext4, f2fs, EROFS), or null
 * @param usedEstimate   used bytes per superblock or checkpoint, an estimate, or null
 * @param label          volume name, or null
 * @param avbFooter      the AVB footer in the last 64 bytes, or null
 */
public record ContentInfo(ContentKind kind, String summary, Long filesystemSize, Long usedEstimate, String label,
        AvbFooter avbFooter) {
}
