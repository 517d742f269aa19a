package org.scatterbench.flash.brom;

import java.util.ArrayList;
import java.util.List;

/**
 * The chip's security configuration (BROM GET_TARGET_CONFIG). Secure boot alone still lets a
 * vendor-signed DA run; SLA and DAA need an authentication step Scatterbench does not implement.
 */
public record TargetConfig(long bits) {

    public static final long SBC = 0x1, SLA = 0x2, DAA = 0x4, EPP = 0x8, ROOT_CERT = 0x10, MEM_READ_AUTH = 0x20,
            MEM_WRITE_AUTH = 0x40, CMD_C8_BLOCKED = 0x80;

    public boolean secureBoot() {
        return (bits & SBC) != 0;
    }

    public boolean slaRequired() {
        return (bits & SLA) != 0;
    }

    public boolean daaRequired() {
        return (bits & DAA) != 0;
    }

    /** True when the chip will not take a DA without an auth file or an exploit. */
    public boolean authRequired() {
        return slaRequired() || daaRequired();
    }

    /** One plain sentence per set bit, for {@code device info}. */
    public List<String> explain() {
        List<String> l = new ArrayList<>();
        if (secureBoot()) {
            l.add("secure boot (SBC) is on: only Download Agents signed for this phone will run");
        }
        if (slaRequired()) {
            l.add("Serial Link Authentication (SLA) is on: the phone wants a signed challenge answer from the"
                    + " vendor's auth file before it accepts a DA");
        }
        if (daaRequired()) {
            l.add("Download Agent Authentication (DAA) is on: the phone checks the DA's signature");
        }
        if ((bits & EPP) != 0) {
            l.add("EPP is on");
        }
        if ((bits & (MEM_READ_AUTH | MEM_WRITE_AUTH)) != 0) {
            l.add("memory access through BROM needs authentication");
        }
        if (l.isEmpty()) {
            l.add("no protection: secure boot, SLA and DAA are off");
        }
        return l;
    }

    @Override
    public String toString() {
        return String.format("0x%08X", bits);
    }
}
