package org.scatterbench.flash.chip;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small catalogue of "hw code -> driver family plug-in" hints, only to tell the user what to
 * install when a connected chip has no driver. It holds no chip behaviour: addresses, DA codes and
 * protocols live in the chip plug-ins.
 */
public final class DriverHints {

    private static final String MT67XX = "org.scatterbench.chip.mt67xx";
    private static final String MT67XX_FEATURE = "org.scatterbench.drivers.mt67xx.feature";

    private final Map<Integer, DriverHint> hints = new HashMap<>();

    public DriverHints() {
        Object[][] mt67xx = { { 0x0321, "MT6735" }, { 0x0335, "MT6737" }, { 0x0337, "MT6753" }, { 0x0279, "MT6797" },
                { 0x0326, "MT6755/MT6750" }, { 0x0551, "MT6757" }, { 0x0601, "MT6750" }, { 0x0688, "MT6758" },
                { 0x0690, "MT6763" }, { 0x0699, "MT6739" }, { 0x0707, "MT6768" }, { 0x0717, "MT6761" },
                { 0x0725, "MT6779" }, { 0x0766, "MT6765" }, { 0x0788, "MT6771" }, { 0x0813, "MT6785" },
                { 0x0816, "MT6885" }, { 0x0886, "MT6873" }, { 0x0950, "MT6893" }, { 0x0959, "MT6877" },
                { 0x0989, "MT6833" }, { 0x0996, "MT6853" }, { 0x1066, "MT6781" } };
        for (Object[] h : mt67xx) {
            hints.put((Integer) h[0], new DriverHint((String) h[1], MT67XX, MT67XX_FEATURE));
        }
    }

    public Optional<DriverHint> forHwCode(int hwCode) {
        return Optional.ofNullable(hints.get(hwCode));
    }

    /** Every plug-in id the catalogue knows, for the plain-Java driver lookup. */
    public Set<String> pluginIds() {
        Set<String> ids = new java.util.TreeSet<>();
        hints.values().forEach(h -> ids.add(h.pluginId()));
        return ids;
    }

    /** The user-facing sentence for a chip without a driver. */
    public String missingDriverMessage(int hwCode) {
        Optional<DriverHint> h = forHwCode(hwCode);
        if (h.isPresent()) {
            return String.format("%s (hw code 0x%04X) needs the chip driver plug-in %s (feature %s); install it from"
                    + " the update site", h.get().chipName(), hwCode, h.get().pluginId(), h.get().featureId());
        }
        return String.format("no installed chip driver knows hw code 0x%04X, and Scatterbench knows no plug-in for"
                + " it; this chip is not supported yet", hwCode);
    }
}
