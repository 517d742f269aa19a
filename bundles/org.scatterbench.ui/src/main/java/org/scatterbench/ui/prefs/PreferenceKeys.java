package org.scatterbench.ui.prefs;

/** Keys of the workbench's instance-scope preferences (node {@value #NODE}). */
public final class PreferenceKeys {

    public static final String NODE = "org.scatterbench.ui";
    /** Path of the Download Agent file (MTK_AllInOne_DA.bin or similar). */
    public static final String DA_FILE = "daFile";
    /** Transport driver id used when the user does not pick a port, e.g. {@code tcp}. */
    public static final String DEFAULT_TRANSPORT = "defaultTransport";
    /** Port spec used by default, e.g. {@code /dev/ttyACM0} or {@code tcp:127.0.0.1:5555}. */
    public static final String DEFAULT_PORT = "defaultPort";
    /** How long to wait for a phone in BROM or preloader mode, in seconds. */
    public static final String HANDSHAKE_TIMEOUT_S = "handshakeTimeoutSeconds";
    /** Read timeout of one protocol exchange, in milliseconds. */
    public static final String READ_TIMEOUT_MS = "readTimeoutMillis";
    /** Where backups of protected partitions go before a firmware upgrade. */
    public static final String BACKUP_FOLDER = "backupFolder";
    /** Back up the calibration partitions into a dated folder before a flash writes (firmware-upgrade always does). */
    public static final String CALIBRATION_BACKUP = "calibrationBackup";
    /** Read back and compare every written partition. */
    public static final String VERIFY_AFTER_WRITE = "verifyAfterWrite";
    /** Most recently opened scatter files and ROM folders, newest first, separated by newlines. */
    public static final String RECENT_FILES = "recentFiles";

    private PreferenceKeys() {
    }
}
