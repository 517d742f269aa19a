package org.scatterbench.ui.prefs;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.DirectoryFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.scatterbench.transport.registry.DriverDescriptor;
import org.scatterbench.transport.registry.TransportRegistry;

/** Window > Preferences > Flashing: DA file, default transport and port, timeouts, backups, verify. */
public final class FlashPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public static final String ID = "org.scatterbench.ui.preferences.flash";

    public FlashPreferencePage() {
        super(GRID);
        setDescription("How Scatterbench talks to a phone and protects its data.");
    }

    @Override
    public void init(IWorkbench workbench) {
        setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, PreferenceKeys.NODE));
    }

    @Override
    protected void createFieldEditors() {
        FileFieldEditor da = new FileFieldEditor(PreferenceKeys.DA_FILE, "&Download Agent:", getFieldEditorParent());
        da.setFileExtensions(new String[] { "*.bin", "*.*" });
        addField(da);
        addField(new ComboFieldEditor(PreferenceKeys.DEFAULT_TRANSPORT, "Default &transport:", transports(),
                getFieldEditorParent()));
        addField(new StringFieldEditor(PreferenceKeys.DEFAULT_PORT, "Default &port:", getFieldEditorParent()));
        IntegerFieldEditor handshake = new IntegerFieldEditor(PreferenceKeys.HANDSHAKE_TIMEOUT_S,
                "&Wait for a phone (seconds):", getFieldEditorParent());
        handshake.setValidRange(1, 3600);
        addField(handshake);
        IntegerFieldEditor read = new IntegerFieldEditor(PreferenceKeys.READ_TIMEOUT_MS, "&Read timeout (ms):",
                getFieldEditorParent());
        read.setValidRange(100, 600_000);
        addField(read);
        addField(new DirectoryFieldEditor(PreferenceKeys.BACKUP_FOLDER, "&Backup folder:", getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceKeys.CALIBRATION_BACKUP,
                "Back up the &calibration partitions (IMEI, radio) before every flash", getFieldEditorParent()));
        addField(new BooleanFieldEditor(PreferenceKeys.VERIFY_AFTER_WRITE, "&Verify every partition after writing",
                getFieldEditorParent()));
    }

    /** The installed transport drivers, read from the registry without loading their classes. */
    private static String[][] transports() {
        try (TransportRegistry registry = TransportRegistry.standard()) {
            String[][] rows = registry.drivers().stream()
                    .map((DriverDescriptor d) -> new String[] { d.name() + " (" + d.id() + ")", d.id() })
                    .toArray(String[][]::new);
            return rows.length > 0 ? rows : new String[][] { { "TCP (tcp)", "tcp" } };
        }
    }
}
