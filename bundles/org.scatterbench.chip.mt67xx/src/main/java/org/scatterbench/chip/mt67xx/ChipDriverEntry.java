package org.scatterbench.chip.mt67xx;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.scatterbench.chip.mt67xx.xflash.XFlashProtocol;
import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.flash.chip.ChipDriver;
import org.scatterbench.flash.protocol.DaClientFactory;
import org.scatterbench.model.Storage;

/**
 * This plug-in's contributions for plain Java (tests, {@code dev/cli}). plugin.xml says the same
 * for OSGi; a test keeps the two in step. Hw codes and DA codes: MTK-LEGACY-DA.md section 11. The
 * watchdog register 0x10007000 (TOPRGU) is the one documented for these chips (MTK-PROTOCOL.md 2.2).
 */
public final class ChipDriverEntry implements ChipDriver {

    public static final String PLUGIN_ID = "org.scatterbench.chip.mt67xx";
    /** MT6735-generation chips use the legacy DA, which this plug-in does not speak. */
    public static final String LEGACY_PROTOCOL = "legacy";
    private static final long WATCHDOG = 0x10007000L;

    private static final Object[][] TABLE = {
            { "mt6735", "MT6735/MT6735T/MT8735A", 0x0321, 0x6735, LEGACY_PROTOCOL, "EMMC" },
            { "mt6737", "MT6737/MT6737M/MT6735G", 0x0335, 0x6735, LEGACY_PROTOCOL, "EMMC" },
            { "mt6753", "MT6753", 0x0337, 0x6735, LEGACY_PROTOCOL, "EMMC" },
            { "mt6739", "MT6739/MT6731/MT8765", 0x0699, 0x6739, XFlashProtocol.ID, "EMMC" },
            { "mt6750", "MT6750", 0x0601, 0x6755, XFlashProtocol.ID, "EMMC" },
            { "mt6755", "MT6755/MT6750M/MT6750T/MT6750S", 0x0326, 0x6755, XFlashProtocol.ID, "EMMC" },
            { "mt6761", "MT6761/MT6762/MT3369/MT8766B/MT8761", 0x0717, 0x6761, XFlashProtocol.ID, "EMMC" },
            { "mt6765", "MT6765/MT8768t", 0x0766, 0x6765, XFlashProtocol.ID, "EMMC" },
            { "mt6768", "MT6768/MT6769", 0x0707, 0x6768, XFlashProtocol.ID, "EMMC" },
            { "mt6771", "MT6771/MT8385/MT8183/MT8666", 0x0788, 0x6771, XFlashProtocol.ID, "EMMC,UFS" },
            { "mt6785", "MT6785", 0x0813, 0x6785, XFlashProtocol.ID, "EMMC,UFS" },
            { "mt6833", "MT6833", 0x0989, 0x6833, XFlashProtocol.ID, "EMMC,UFS" },
            { "mt6893", "MT6893/MT6891", 0x0950, 0x6893, XFlashProtocol.ID, "UFS" } };

    @Override
    public String pluginId() {
        return PLUGIN_ID;
    }

    @Override
    public List<ChipDescriptor> chips() {
        List<ChipDescriptor> l = new ArrayList<>();
        for (Object[] r : TABLE) {
            EnumSet<Storage> st = EnumSet.noneOf(Storage.class);
            for (String s : ((String) r[5]).split(",")) {
                st.add(Storage.parse(s));
            }
            l.add(new ChipDescriptor((String) r[0], (String) r[1], (Integer) r[2], (Integer) r[3], WATCHDOG,
                    ChipDescriptor.DEFAULT_WATCHDOG_VALUE, st, (String) r[4], PLUGIN_ID));
        }
        return l;
    }

    @Override
    public Map<String, Supplier<DaClientFactory>> protocols() {
        return Map.of(XFlashProtocol.ID, XFlashProtocol::new);
    }
}
