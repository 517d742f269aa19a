package org.scatterbench.model.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Puts a file on the disk itself rather than in the page cache: a backup a crash of the PC loses
 * is no backup (the phone's copy may already be overwritten), and an output renamed into place must
 * survive as the new file.
 */
public final class OnDisk {

    private OnDisk() {
    }

    /** Flushes {@code file}'s content and its folder entry to the storage device. */
    public static void force(Path file) throws IOException {
        forceContent(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            forceFolder(folder);
        }
    }

    /** Flushes {@code file}'s content; a full disk or a quota on a network share often shows only here. */
    public static void forceContent(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Makes the folder's entries (a new name, a rename) durable; best effort, as not every platform can. */
    public static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // not every file system can sync a directory; the file's own content is on disk
        }
    }
}
