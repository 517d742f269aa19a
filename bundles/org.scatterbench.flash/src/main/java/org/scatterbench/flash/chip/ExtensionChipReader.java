package org.scatterbench.flash.chip;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.scatterbench.flash.protocol.DaClientFactory;
import org.scatterbench.model.Storage;

/**
 * Reads the {@code chips} and {@code daProtocols} extension points. Only attributes are read here;
 * a protocol's class is instantiated when first needed.
 */
final class ExtensionChipReader {

    static final String CHIPS_POINT = "org.scatterbench.flash.chips";
    static final String PROTOCOLS_POINT = "org.scatterbench.flash.daProtocols";

    private ExtensionChipReader() {
    }

    static ChipRegistry read(IExtensionRegistry registry) {
        ChipRegistry reg = new ChipRegistry();
        for (IConfigurationElement e : registry.getConfigurationElementsFor(PROTOCOLS_POINT)) {
            String who = e.getContributor().getName();
            String id = e.getAttribute("id");
            if (!"protocol".equals(e.getName()) || blank(id) || blank(e.getAttribute("class"))) {
                reg.problem("plug-in " + who + ": a " + PROTOCOLS_POINT + " contribution needs <protocol id=... class=...>;"
                        + " ignored");
                continue;
            }
            reg.addProtocol(id, who, () -> create(e, who));
        }
        for (IConfigurationElement e : registry.getConfigurationElementsFor(CHIPS_POINT)) {
            String who = e.getContributor().getName();
            try {
                reg.addChip(chip(e, who));
            } catch (IllegalArgumentException ex) {
                reg.problem("plug-in " + who + ": broken " + CHIPS_POINT + " contribution: " + ex.getMessage()
                        + "; ignored");
            }
        }
        return reg;
    }

    private static DaClientFactory create(IConfigurationElement e, String who) {
        try {
            Object o = e.createExecutableExtension("class");
            if (!(o instanceof DaClientFactory)) {
                throw new IllegalStateException(o.getClass().getName() + " is not a DaClientFactory");
            }
            return (DaClientFactory) o;
        } catch (CoreException ex) {
            throw new IllegalStateException("cannot create " + e.getAttribute("class") + " from " + who + ": "
                    + ex.getMessage(), ex);
        }
    }

    static ChipDescriptor chip(IConfigurationElement e, String who) {
        String id = required(e, "id");
        return new ChipDescriptor(id, required(e, "name"), (int) number(e, "hwCode", 0xFFFF),
                (int) number(e, "daCode", 0xFFFF), number(e, "watchdogAddress", 0xFFFFFFFFL),
                e.getAttribute("watchdogValue") == null ? ChipDescriptor.DEFAULT_WATCHDOG_VALUE
                        : number(e, "watchdogValue", 0xFFFFFFFFL),
                storages(e.getAttribute("storage"), id), required(e, "daProtocol"), who);
    }

    static Set<Storage> storages(String text, String id) {
        Set<Storage> s = EnumSet.noneOf(Storage.class);
        if (text != null) {
            for (String part : text.split("[,\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                Storage st = Storage.parse(part);
                if (st == Storage.UNKNOWN) {
                    throw new IllegalArgumentException("chip " + id + ": unknown storage kind '" + part + "'");
                }
                s.add(st);
            }
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("chip " + id + ": attribute 'storage' lists no storage kind");
        }
        return s;
    }

    private static String required(IConfigurationElement e, String attr) {
        String v = e.getAttribute(attr);
        if (blank(v)) {
            throw new IllegalArgumentException("attribute '" + attr + "' is missing on <" + e.getName() + " id=\""
                    + e.getAttribute("id") + "\">");
        }
        return v.trim();
    }

    static long number(IConfigurationElement e, String attr, long max) {
        String v = required(e, attr);
        long n;
        try {
            String t = v.toLowerCase(Locale.ROOT);
            n = t.startsWith("0x") ? Long.parseLong(t.substring(2), 16) : Long.parseLong(t);
        } catch (NumberFormatException ex) {
            throw new IllegalArgumentException("attribute '" + attr + "' of chip " + e.getAttribute("id")
                    + " is not a number: '" + v + "'");
        }
        if (n < 0 || n > max) {
            throw new IllegalArgumentException("attribute '" + attr + "' of chip " + e.getAttribute("id") + " = " + v
                    + " is out of range");
        }
        return n;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
