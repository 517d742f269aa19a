package org.scatterbench.flash.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.scatterbench.layout.table.PartitionTables;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.PartitionNames;
import org.scatterbench.model.Region;

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
        if (!Files.exists(folder)) {
            throw new BackupException("no such backup folder: " + folder);
        }
        if (!Files.isDirectory(folder)) {
            throw new BackupException(folder + " is a file, not a backup folder");
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
                requireHash(f, " (partition " + e.name() + ")", expected, "the file was changed or damaged");
            } catch (IOException x) {
                throw new BackupException("cannot read " + f + ": " + x.getMessage(), x);
            }
        }
        checkDescription(folder, info, manifest);
        checkAgainstOwnTable(folder, info, entries);
        return new RestoreSet(folder, info, entries, manifest.hashes());
    }

    /** The scatter and backup-info.json are hashed too (since backups made on 2026-11-26): an edit shows. */
    private static void checkDescription(Path folder, BackupInfo info, BackupManifest manifest) throws BackupException {
        for (String name : List.of(info.scatter(), BackupInfo.FILE)) {
            String expected = manifest.hashes().get(name);
            if (expected == null) {
                continue; // an older backup: its scatter is checked against its own table below
            }
            try {
                requireHash(folder.resolve(name), "", expected,
                        "the description of the backup was changed, so nothing is restored from it");
            } catch (IOException x) {
                throw new BackupException("cannot read " + folder.resolve(name) + ": " + x.getMessage(), x);
            }
        }
    }

    /** {@code file} must have the SHA-256 SHA256SUMS states; else the error says what that means. */
    private static void requireHash(Path file, String what, String expected, String meaning)
            throws IOException, BackupException {
        String got = BackupManifest.hashFile(file);
        if (!got.equals(expected)) {
            throw new BackupException(file + what + " has SHA-256 " + got + " but " + BackupManifest.FILE + " says "
                    + expected + "; " + meaning);
        }
    }

    /**
     * A full backup carries the phone's table (pgpt) next to the scatter that says where each file
     * goes. A restore writes where the scatter says, so the scatter must agree with that table for
     * every partition: an edited scatter would otherwise put a partition's bytes over another one.
     */
    private static void checkAgainstOwnTable(Path folder, BackupInfo info, List<BackupEntry> entries)
            throws BackupException {
        BackupEntry pgpt = entries.stream().filter(e -> PartitionNames.canonical(e.name()).equals("pgpt")).findFirst()
                .orElse(null);
        if (pgpt == null) {
            return; // no table in the backup: a restore places each partition by the phone's table instead
        }
        Layout table;
        try {
            table = PartitionTables.read(folder.resolve(pgpt.file()));
        } catch (TableFormatException x) {
            throw new BackupException(folder.resolve(pgpt.file()) + " is not a readable partition table: "
                    + x.getMessage(), x);
        }
        for (BackupEntry e : entries) {
            String c = PartitionNames.canonical(e.name());
            if (!e.range().region().equals(Region.EMMC_USER) || c.equals("pgpt") || c.equals("sgpt")) {
                continue;
            }
            Optional<Partition> inTable = table.find(e.name());
            if (inTable.isEmpty() || !inTable.get().range().equals(e.range())) {
                throw new BackupException(String.format("%s puts %s at %s but the backup's own partition table (%s) %s;"
                        + " the scatter was changed, so nothing is restored from it", folder.resolve(info.scatter()),
                        e.name(), e.range(), pgpt.file(), inTable.map(p -> "has it at " + p.range())
                                .orElse("has no such partition")));
            }
        }
    }
}
