package org.scatterbench.flash.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A finished backup: its folder, what it holds, and each file's SHA-256. */
public record BackupResult(Path folder, List<BackupEntry> entries, Map<String, String> hashes) {

    public BackupResult {
        entries = List.copyOf(entries);
        hashes = Map.copyOf(hashes);
    }
}
