package org.scatterbench.emulator.chip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The chips a virtual phone can be. Hardware and DA codes come from the XFlash rows of the chip
 * table in MTK-LEGACY-DA.md section 11; the MT6765 identity is the one of the golden transcripts
 * (sub code 0x8A00, hw version 0xCA00, BROM version 5, ids 0x10, 0x11, ...). Other chips reuse
 * that sub code and those versions: nothing in the documents fixes them, and a host only compares
 * them with the DA file entry, which {@code emulator make-da} writes from the same profile.
 */
public final class ChipProfiles {

    private static final Map<String, int[]> XFLASH_CODES = new LinkedHashMap<>();

    static {
        // name -> {hw_code, da_code}
        XFLASH_CODES.put("mt6765", new int[] { 0x0766, 0x6765 });
        XFLASH_CODES.put("mt6761", new int[] { 0x0717, 0x6761 });
        XFLASH_CODES.put("mt6768", new int[] { 0x0707, 0x6768 });
        XFLASH_CODES.put("mt6785", new int[] { 0x0813, 0x6785 });
        XFLASH_CODES.put("mt6771", new int[] { 0x0788, 0x6771 });
        XFLASH_CODES.put("mt6739", new int[] { 0x0699, 0x6739 });
        XFLASH_CODES.put("mt6763", new int[] { 0x0690, 0x6763 });
        XFLASH_CODES.put("mt6779", new int[] { 0x0725, 0x6779 });
        XFLASH_CODES.put("mt6755", new int[] { 0x0326, 0x6755 });
        XFLASH_CODES.put("mt6797", new int[] { 0x0279, 0x6797 });
        XFLASH_CODES.put("mt6853", new int[] { 0x0996, 0x6853 });
        XFLASH_CODES.put("mt6833", new int[] { 0x0989, 0x6833 });
    }

    private ChipProfiles() {
    }

    /** Names accepted by {@link #byName}, in table order. */
    public static List<String> names() {
        return List.copyOf(XFLASH_CODES.keySet());
    }

    public static Optional<ChipProfile> byName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        int[] codes = XFLASH_CODES.get(name.trim().toLowerCase(Locale.ROOT));
        if (codes == null) {
            return Optional.empty();
        }
        return Optional.of(new ChipProfile(name.trim().toLowerCase(Locale.ROOT), codes[0], codes[1], 0x8A00, 0xCA00,
                0x0000, 0x05, 0x01, 0, counting(0x10, 16), counting(0x10, 32), counting(0x00, 16)));
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
