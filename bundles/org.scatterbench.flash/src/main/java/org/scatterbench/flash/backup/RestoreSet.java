package org.scatterbench.flash.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A backup folder that has been checked and can be written back: every entry of its scatter has
 * its file, of exactly the entry's size, with the SHA-256 the manifest states.
 */
public record RestoreSet(Path folder, BackupInfo info, List<BackupEntry> entries, Map<String, String> hashes) {

    public RestoreSet {
        entries = List.copyOf(entries);
        hashes = Map.copyOf(hashes);
    }

    /**
     * Loads and checks a backup folder; reads every file once to hash it.
     *
     * @throws BackupException naming the first file that is missing, of the wrong size or whose hash differs
     */
    public static RestoreSet load(Path folder) throws BackupException {
        if (!Files.isDirectory(folder)) {
            throw new BackupException(folder + " is not a folder");
        }
        BackupInfo info = BackupInfo.read(folder);
        BackupManifest manifest = BackupManifest.read(folder);
        List<BackupEntry> entries = BackupScatter.entries(BackupScatter.read(folder.resolve(info.scatter())).layout());
        if (entries.isEmpty()) {
            throw new BackupException(folder.resolve(info.scatter()) + " lists no partitions");
        }
        for (BackupEntry e : entries) {
            Path f = folder.resolve(e.file());
            String expected = manifest.hashes().get(e.file());
            if (expected == null) {
                throw new BackupException(folder.resolve(BackupManifest.FILE) + " has no hash for " + e.file()
                        + " (partition " + e.name() + "); the backup is incomplete");
            }
            try {
                if (!Files.isRegularFile(f)) {
                    throw new BackupException(f + " (partition " + e.name() + ") is missing");
                }
                long size = Files.size(f);
                if (size != e.range().length()) {
                    throw new BackupException(String.format("%s (partition %s) is %d bytes but the partition is %d;"
                            + " the file was cut or changed", f, e.name(), size, e.range().length()));
                }
                String got = BackupManifest.hashFile(f);
                if (!got.equals(expected)) {
                    throw new BackupException(f + " (partition " + e.name() + ") has SHA-256 " + got + " but "
                            + BackupManifest.FILE + " says " + expected + "; the file was changed or damaged");
                }
            } catch (IOException x) {
                throw new BackupException("cannot read " + f + ": " + x.getMessage(), x);
            }
        }
        return new RestoreSet(folder, info, entries, manifest.hashes());
    }
}
