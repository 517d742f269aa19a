package org.scatterbench.emulator.chip;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The chips a virtual phone can be. Hardware and DA codes come from the XFlash rows of the chip
 * table in MTK-LEGACY-DA.md section 11; the MT6765 identity is the one of the golden transcripts
 * (sub code 0x8A00, hw version 0xCA00, BROM version 5, ids 0x10, 0x11, ...). Other chips reuse
 * that sub code and those versions: nothing in the documents fixes them, and a host only compares
 * them with the DA file entry, which {@code emulator make-da} writes from the same profile.
 */
public final class ChipProfiles {

    /** A row of the chip table. */
    private record Codes(String name, int hwCode, int daCode) {
    }

    private static final List<Codes> XFLASH = List.of(new Codes("mt6765", 0x0766, 0x6765),
            new Codes("mt6761", 0x0717, 0x6761), new Codes("mt6768", 0x0707, 0x6768),
            new Codes("mt6785", 0x0813, 0x6785), new Codes("mt6771", 0x0788, 0x6771),
            new Codes("mt6739", 0x0699, 0x6739), new Codes("mt6763", 0x0690, 0x6763),
            new Codes("mt6779", 0x0725, 0x6779), new Codes("mt6755", 0x0326, 0x6755),
            new Codes("mt6797", 0x0279, 0x6797), new Codes("mt6853", 0x0996, 0x6853),
            new Codes("mt6833", 0x0989, 0x6833));

    private ChipProfiles() {
    }

    /** Names accepted by {@link #byName}, in table order. */
    public static List<String> names() {
        return XFLASH.stream().map(Codes::name).toList();
    }

    public static Optional<ChipProfile> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return XFLASH.stream().filter(c -> c.name().equals(n)).findFirst()
                .map(c -> new ChipProfile(c.name(), c.hwCode(), c.daCode(), 0x8A00, 0xCA00, 0x0000, 0x05, 0x01, 0,
                        counting(0x10, 16), counting(0x10, 32), counting(0x00, 16)));
    }

    /** The MT6765 of the golden transcripts. */
    public static ChipProfile mt6765() {
        return byName("mt6765").orElseThrow();
    }

    private static byte[] counting(int first, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (first + i);
        }
        return b;
    }
}
