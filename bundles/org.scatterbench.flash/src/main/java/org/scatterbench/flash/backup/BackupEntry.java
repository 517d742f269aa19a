package org.scatterbench.flash.backup;

import java.util.Objects;

import org.scatterbench.model.ByteRange;

/**
 * One file of a backup folder: which bytes of the phone it holds.
 *
 * @param name  the partition (or {@code boot1}, {@code boot2}, {@code pgpt}, {@code sgpt})
 * @param range where the bytes live on the phone
 * @param file  the file name inside the folder
 */
public record BackupEntry(String name, ByteRange range, String file) {

    public BackupEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(range, "range");
        Objects.requireNonNull(file, "file");
        if (file.contains("/") || file.contains("\\") || file.startsWith(".")) {
            throw new IllegalArgumentException("backup file name " + file + " for " + name + " leaves the folder");
        }
    }
}
