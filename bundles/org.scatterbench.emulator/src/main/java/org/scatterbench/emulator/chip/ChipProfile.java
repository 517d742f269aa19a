package org.scatterbench.emulator.chip;

import java.util.Objects;

/**
 * The identity a virtual phone reports: BROM codes and versions, the DA code a DA file entry must
 * carry, and the per-device ids. Values the documents do not fix for a chip (sub code, versions,
 * ids) are the emulator's own, chosen like those of the MT6765 in the golden transcripts.
 *
 * @param name          lower-case chip name, e.g. {@code mt6765}
 * @param hwCode        BROM GET_HW_CODE value, e.g. 0x0766
 * @param daCode        the DA file entry's hw_code, e.g. 0x6765
 * @param hwSubCode     GET_HW_SW_VER sub code
 * @param hwVersion     GET_HW_SW_VER hardware version
 * @param swVersion     GET_HW_SW_VER software version
 * @param bromVersion   GET_VERSION answer
 * @param blVersion     GET_BL_VER answer in preloader mode (BROM echoes the command instead)
 * @param targetConfig  GET_TARGET_CONFIG bits; 0 means SBC, SLA and DAA off
 * @param meId          16 bytes
 * @param socId         32 bytes
 * @param randomId      16 bytes (XFlash GET_RANDOM_ID)
 */
public record ChipProfile(String name, int hwCode, int daCode, int hwSubCode, int hwVersion, int swVersion,
        int bromVersion, int blVersion, long targetConfig, byte[] meId, byte[] socId, byte[] randomId) {

    /** GET_TARGET_CONFIG bit: secure boot check. */
    public static final long CFG_SBC = 0x1;
    /** GET_TARGET_CONFIG bit: serial link authentication. */
    public static final long CFG_SLA = 0x2;
    /** GET_TARGET_CONFIG bit: download agent authentication. */
    public static final long CFG_DAA = 0x4;

    public ChipProfile {
        Objects.requireNonNull(name, "name");
        meId = requireLength(meId, 16, "me_id");
        socId = requireLength(socId, 32, "soc_id");
        randomId = requireLength(randomId, 16, "random id");
    }

    private static byte[] requireLength(byte[] b, int n, String what) {
        if (b == null || b.length != n) {
            throw new IllegalArgumentException(what + " must be " + n + " bytes");
        }
        return b.clone();
    }

    @Override
    public byte[] meId() {
        return meId.clone();
    }

    @Override
    public byte[] socId() {
        return socId.clone();
    }

    @Override
    public byte[] randomId() {
        return randomId.clone();
    }

    /** The same phone with a locked target configuration (SBC, SLA and DAA on). */
    public ChipProfile locked() {
        return withTargetConfig(CFG_SBC | CFG_SLA | CFG_DAA);
    }

    public ChipProfile withTargetConfig(long cfg) {
        return new ChipProfile(name, hwCode, daCode, hwSubCode, hwVersion, swVersion, bromVersion, blVersion, cfg,
                meId, socId, randomId);
    }

    /** True when the BROM demands authentication before it accepts a DA. */
    public boolean requiresAuth() {
        return (targetConfig & (CFG_SLA | CFG_DAA)) != 0;
    }

    /** The chip's marketing name, e.g. {@code MT6765}. */
    public String displayName() {
        return name.toUpperCase(java.util.Locale.ROOT);
    }
}
