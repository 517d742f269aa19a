package org.scatterbench.ui.prefs;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.core.runtime.preferences.DefaultScope;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.scatterbench.flash.backup.BackupService;

/** Defaults: data-keeping and careful (verify and calibration backup on), backups under the user's home. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

    @Override
    public void initializeDefaultPreferences() {
        IEclipsePreferences d = DefaultScope.INSTANCE.getNode(PreferenceKeys.NODE);
        d.put(PreferenceKeys.DA_FILE, "");
        d.put(PreferenceKeys.DEFAULT_TRANSPORT, "tcp");
        d.put(PreferenceKeys.DEFAULT_PORT, "");
        d.putInt(PreferenceKeys.HANDSHAKE_TIMEOUT_S, 60);
        d.putInt(PreferenceKeys.READ_TIMEOUT_MS, 5000);
        // the command line's folder ($SCATTERBENCH_BACKUPS, else ~/.scatterbench/backups): one place for both
        d.put(PreferenceKeys.BACKUP_FOLDER, BackupService.defaultBase().toString());
        d.putBoolean(PreferenceKeys.VERIFY_AFTER_WRITE, true);
        d.putBoolean(PreferenceKeys.CALIBRATION_BACKUP, true);
        d.put(PreferenceKeys.RECENT_FILES, "");
    }
}
