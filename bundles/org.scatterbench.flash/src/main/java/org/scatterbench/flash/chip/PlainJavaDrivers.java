package org.scatterbench.flash.chip;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Finds chip drivers without OSGi: {@link ServiceLoader} registrations, plus the class
 * {@code <plug-in id>.ChipDriverEntry} of each plug-in the {@link DriverHints} know (the dev loop
 * compiles sources without resources, so service files are not always there).
 */
public final class PlainJavaDrivers {

    public static final String ENTRY_CLASS = "ChipDriverEntry";

    private PlainJavaDrivers() {
    }

    public static List<ChipDriver> discover() {
        Map<String, ChipDriver> found = new LinkedHashMap<>();
        for (ChipDriver d : ServiceLoader.load(ChipDriver.class, PlainJavaDrivers.class.getClassLoader())) {
            found.putIfAbsent(d.pluginId(), d);
        }
        for (String plugin : new DriverHints().pluginIds()) {
            if (found.containsKey(plugin)) {
                continue;
            }
            try {
                Class<?> c = Class.forName(plugin + "." + ENTRY_CLASS);
                found.put(plugin, (ChipDriver) c.getConstructor().newInstance());
            } catch (ClassNotFoundException e) {
                // plug-in not on the class path: its chips will get the "install" message
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                System.getLogger(PlainJavaDrivers.class.getName()).log(System.Logger.Level.ERROR,
                        "plug-in " + plugin + ": " + plugin + "." + ENTRY_CLASS + " is not a usable ChipDriver: " + e);
            }
        }
        return new ArrayList<>(found.values());
    }
}
