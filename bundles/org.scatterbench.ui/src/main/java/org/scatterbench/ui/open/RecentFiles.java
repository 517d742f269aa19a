package org.scatterbench.ui.open;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.scatterbench.ui.prefs.PreferenceKeys;

/** The most-recently-used list of scatter files and ROM folders, kept in the instance preferences. */
public final class RecentFiles {

    public static final int MAX = 8;

    private final IEclipsePreferences node = InstanceScope.INSTANCE.getNode(PreferenceKeys.NODE);

    public List<Path> list() {
        String stored = node.get(PreferenceKeys.RECENT_FILES, "");
        List<Path> result = new ArrayList<>();
        for (String s : stored.split("\n")) {
            if (!s.isBlank()) {
                result.add(Path.of(s));
            }
        }
        return result;
    }

    /** Moves {@code path} to the top, dropping the oldest beyond {@link #MAX}. */
    public void add(Path path) {
        Path p = path.toAbsolutePath().normalize();
        List<Path> l = list();
        l.remove(p);
        l.add(0, p);
        while (l.size() > MAX) {
            l.remove(l.size() - 1);
        }
        node.put(PreferenceKeys.RECENT_FILES, String.join("\n", l.stream().map(Path::toString).toList()));
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // the list still works for this session; nothing the user can do about a read-only config area
        }
    }
}
