package org.scatterbench.emulator.brom;

/** BROM-layer status words (big-endian u16; anything up to 0xFF counts as success to a host). */
final class BromStatus {

    static final int OK = 0x0000;
    /** What the recorded device answered after a WRITE32/16 count and values (a host wants at most 3). */
    static final int WRITE_ACCEPTED = 0x0001;
    /** SEND_DA on a target that demands SLA (MTK-PROTOCOL.md 2.2). */
    static final int SLA_REQUIRED = 0x1D0D;
    /**
     * The emulator's answer to arguments a BROM cannot serve (a huge count, a DA larger than SRAM, a
     * jump to where nothing was loaded). The documents record no real code for these; any value above
     * 0xFF is a failure to a host, and this one is distinct from every documented code.
     */
    static final int BAD_ARGUMENT = 0x1D1F;

    private BromStatus() {
    }
}
