package org.scatterbench.flash.backup;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Puts a backup on the disk itself before the phone is written: a backup that a crash of the PC
 * loses from its page cache is no backup, and the phone's copy may already be overwritten.
 */
public final class OnDisk {

    private OnDisk() {
    }

    /** Flushes {@code file}'s content and its folder entry to the storage device. */
    public static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
                dir.force(true);
            } catch (IOException e) {
                // not every file system can sync a directory; the file's own content is on disk
            }
        }
    }
}
