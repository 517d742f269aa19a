package org.scatterbench.ui.about;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.transport.registry.DriverDescriptor;
import org.scatterbench.transport.registry.TransportRegistry;

/**
 * One contribution to Scatterbench's extension points as the user should see it: a chip driver or
 * a transport, the bundle that contributes it, and a state that says plainly when it is broken.
 * Read from the same registries the engine and {@code scatterbench device} use, without loading
 * any contributed class.
 */
public record Contribution(String kind, String id, String name, String contributor, String state) {

    public static final String OK = "OK";
    private static final Pattern PLUGIN = Pattern.compile("(?:plug-in|bundle) '?([A-Za-z0-9_.\\-]+)'?");

    public static List<Contribution> list(TransportRegistry transports, ChipRegistry chips) {
        List<Contribution> rows = new ArrayList<>();
        for (DriverDescriptor d : transports.drivers()) {
            rows.add(new Contribution("Transport", d.id(), d.name(), d.contributor(), OK));
        }
        for (String problem : transports.problems()) {
            rows.add(broken("Transport", problem));
        }
        for (ChipDescriptor c : chips.chips()) {
            rows.add(new Contribution("Chip driver", c.id(), c.name() + String.format(" (hw code 0x%04X, %s)",
                    c.hwCode(), c.daProtocolId()), c.contributor(), OK));
        }
        for (String problem : chips.problems()) {
            rows.add(broken("Chip driver", problem));
        }
        return rows;
    }

    /** Reads both registries as installed now. */
    public static List<Contribution> installed() {
        try (TransportRegistry transports = TransportRegistry.standard()) {
            return list(transports, ChipRegistry.load());
        }
    }

    private static Contribution broken(String kind, String problem) {
        Matcher m = PLUGIN.matcher(problem);
        String contributor = m.find() ? m.group(1) : "";
        return new Contribution(kind, "", "", contributor, "Broken: " + problem);
    }

    public boolean isBroken() {
        return !OK.equals(state);
    }
}
