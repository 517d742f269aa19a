package org.scatterbench.cli.backup;

import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.flash.backup.BackupService;

import picocli.CommandLine.Option;

/**
 * {@code --calibration-backup DIR | --no-calibration-backup}: a flash backs up the phone's
 * calibration partitions (IMEI, radio calibration) into a new dated folder before its first write,
 * unless told not to; firmware-upgrade refuses to run without it.
 */
public final class CalibrationBackupOption {

    @Option(names = "--calibration-backup", paramLabel = "DIR",
            description = "Where the calibration backup taken before any write goes, in a new dated folder"
                    + " (default: $" + BackupService.ENV + ", else ~/.scatterbench/backups).")
    Path folder;

    @Option(names = "--no-calibration-backup",
            description = "Do not back up the calibration partitions first (refused with firmware-upgrade).")
    boolean skip;

    /** The folder to back up into, or empty when the user declined. */
    public Optional<Path> base() {
        return skip ? Optional.empty() : Optional.of(folder != null ? folder : BackupService.defaultBase());
    }
}
