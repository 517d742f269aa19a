package org.scatterbench.ui.prefs;

import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;

/** Defaults: data-keeping and careful (verify on), backups under the user's home. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(PreferenceKeys.NODE);
        d.put(PreferenceKeys.DA_FILE, "");
        d.put(PreferenceKeys.DEFAULT_TRANSPORT, "tcp");
        d.put(PreferenceKeys.DEFAULT_PORT, "");
        d.putInt(PreferenceKeys.HANDSHAKE_TIMEOUT_S, 60);
        d.putInt(PreferenceKeys.READ_TIMEOUT_MS, 5000);
        d.put(PreferenceKeys.BACKUP_FOLDER,
                Path.of(System.getProperty("user.home"), "scatterbench-backups").toString());
        d.putBoolean(PreferenceKeys.VERIFY_AFTER_WRITE, true);
        d.putBoolean(PreferenceKeys.CALIBRATION_BACKUP, true);
        d.put(PreferenceKeys.RECENT_FILES, "");
    }
}
