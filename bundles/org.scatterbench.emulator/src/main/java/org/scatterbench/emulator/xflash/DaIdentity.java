package org.scatterbench.emulator.xflash;

import java.nio.charset.StandardCharsets;

/**
 * What the virtual DA reports about itself (MTK-PROTOCOL.md 5.5). The defaults are the values of
 * the golden transcripts: packet lengths of 1 MiB, version {@code EMU-DA-1.0}, 2 GiB DRAM at
 * 0x40000000, eMMC CID {@code 15 01 00 'EMUL8'}, firmware version 0x100 (the
 * recorded record's u64 after the CID).
 *
 * @param readZeroFlag when set, READ_DATA sends a 4-byte packet of value 0 before each data packet,
 *                     as some real DAs do; a host must skip it without an ack (MTK-PROTOCOL.md 5.7)
 */
public record DaIdentity(int writePacketLength, int readPacketLength, String daVersion, String connectionAgent,
        String usbSpeed, byte[] emmcCid, long emmcFirmwareVersion, long sramBase, long sramSize, long dramType,
        long dramBase, long dramSize, int chipEvolution, boolean readZeroFlag) {

    public DaIdentity {
        if (writePacketLength < 512 || readPacketLength < 512) {
            throw new IllegalArgumentException("packet lengths must be at least 512 bytes");
        }
        if (emmcCid == null || emmcCid.length != 16) {
            throw new IllegalArgumentException("the eMMC CID must be 16 bytes");
        }
        emmcCid = emmcCid.clone();
    }

    public static DaIdentity defaults() {
        byte[] cid = new byte[16];
        cid[0] = 0x15;
        cid[1] = 0x01;
        cid[2] = 0x00;
        byte[] name = "EMUL8".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(name, 0, cid, 3, name.length);
        return new DaIdentity(0x100000, 0x100000, "EMU-DA-1.0", "preloader", "high-speed", cid, 0x100, 0x100000,
                0x40000, 1, 0x40000000L, 0x80000000L, 0, false);
    }

    @Override
    public byte[] emmcCid() {
        return emmcCid.clone();
    }

    public DaIdentity withPacketLengths(int write, int read) {
        return new DaIdentity(write, read, daVersion, connectionAgent, usbSpeed, emmcCid, emmcFirmwareVersion,
                sramBase, sramSize, dramType, dramBase, dramSize, chipEvolution, readZeroFlag);
    }

    /** What GET_CONNECTION_AGENT answers: "preloader" (the golden transcripts' value) or "brom". */
    public DaIdentity withConnectionAgent(String agent) {
        return new DaIdentity(writePacketLength, readPacketLength, daVersion, agent, usbSpeed, emmcCid,
                emmcFirmwareVersion, sramBase, sramSize, dramType, dramBase, dramSize, chipEvolution, readZeroFlag);
    }

    /** See {@code readZeroFlag} above. */
    public DaIdentity withReadZeroFlag(boolean flag) {
        return new DaIdentity(writePacketLength, readPacketLength, daVersion, connectionAgent, usbSpeed, emmcCid,
                emmcFirmwareVersion, sramBase, sramSize, dramType, dramBase, dramSize, chipEvolution, flag);
    }
}
