package org.scatterbench.image.content;

import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * What an image file is and holds, for the planner, the validators and the UI.
 *
 * @param file           the image file
 * @param fileSize       bytes on disk
 * @param sparse         whether it is an Android sparse image
 * @param expandedSize   bytes it puts on a partition
 * @param kind           what its expanded content starts with
 * @param description    one human line, e.g. {@code sparse image (...) holding ext4 filesystem "system" of ...}
 * @param filesystemSize the size the content states for itself (ext4, f2fs, EROFS), or null
 * @param usedEstimate   used bytes per superblock/checkpoint, an estimate, or null
 * @param label          volume name, or null
 * @param avbFooter      the AVB footer in the last 64 expanded bytes, or null
 */
public record ImageInfo(Path file, long fileSize, boolean sparse, long expandedSize, ContentKind kind,
        String description, Long filesystemSize, Long usedEstimate, String label, AvbFooter avbFooter) {

    public OptionalLong statedFilesystemSize() {
        return filesystemSize == null ? OptionalLong.empty() : OptionalLong.of(filesystemSize);
    }

    /**
     * The least partition size this image needs: its expanded size, or the size its filesystem
     * states when that is bigger (a filesystem cut short by its partition is corrupt).
     */
    public long requiredSize() {
        return filesystemSize == null ? expandedSize : Math.max(expandedSize, filesystemSize);
    }
}
