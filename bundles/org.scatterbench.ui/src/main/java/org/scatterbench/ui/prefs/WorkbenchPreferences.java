package org.scatterbench.ui.prefs;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IPreferencesService;
import org.eclipse.core.runtime.preferences.IScopeContext;
import org.eclipse.core.runtime.preferences.InstanceScope;

/** Typed read access to the preferences, through the preference service (instance, then default scope). */
public final class WorkbenchPreferences {

    private static final IScopeContext[] SCOPES = { InstanceScope.INSTANCE, DefaultScope.INSTANCE };

    private final IPreferencesService service = Platform.getPreferencesService();

    public Optional<Path> daFile() {
        return path(PreferenceKeys.DA_FILE);
    }

    public String defaultTransport() {
        return string(PreferenceKeys.DEFAULT_TRANSPORT);
    }

    public String defaultPort() {
        return string(PreferenceKeys.DEFAULT_PORT);
    }

    public int handshakeTimeoutSeconds() {
        return service.getInt(PreferenceKeys.NODE, PreferenceKeys.HANDSHAKE_TIMEOUT_S, 60, SCOPES);
    }

    /** "Wait for a phone": the BROM handshake keeps trying, a second per attempt, for that long. */
    public org.scatterbench.flash.brom.HandshakeOptions handshake() {
        return new org.scatterbench.flash.brom.HandshakeOptions(Math.max(1, handshakeTimeoutSeconds()),
                java.time.Duration.ofSeconds(1));
    }

    public int readTimeoutMillis() {
        return service.getInt(PreferenceKeys.NODE, PreferenceKeys.READ_TIMEOUT_MS, 5000, SCOPES);
    }

    public Optional<Path> backupFolder() {
        return path(PreferenceKeys.BACKUP_FOLDER);
    }

    public boolean calibrationBackup() {
        return service.getBoolean(PreferenceKeys.NODE, PreferenceKeys.CALIBRATION_BACKUP, true, SCOPES);
    }

    public boolean verifyAfterWrite() {
        return service.getBoolean(PreferenceKeys.NODE, PreferenceKeys.VERIFY_AFTER_WRITE, true, SCOPES);
    }

    private String string(String key) {
        return service.getString(PreferenceKeys.NODE, key, "", SCOPES);
    }

    private Optional<Path> path(String key) {
        String s = string(key).trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(Path.of(s));
    }
}
