package org.scatterbench.flash.brom;

/**
 * What the BROM (or preloader) says about the chip before a DA runs.
 *
 * @param hwCode      GET_HW_CODE, e.g. 0x0766 for MT6765
 * @param hwSubCode   GET_HW_SW_VER first field
 * @param hwVersion   GET_HW_SW_VER second field
 * @param swVersion   GET_HW_SW_VER third field
 * @param brom        true in BROM mode (GET_BL_VER echoed), false when a preloader answers
 * @param targetConfig the security configuration
 * @param meId        GET_ME_ID bytes, empty if unavailable
 * @param socId       GET_SOC_ID bytes, empty if unavailable
 */
public record BromIdentity(int hwCode, int hwSubCode, int hwVersion, int swVersion, boolean brom,
        TargetConfig targetConfig, byte[] meId, byte[] socId) {

    public String meIdHex() {
        return BromLink.hex(meId);
    }

    public String socIdHex() {
        return BromLink.hex(socId);
    }
}
