package org.scatterbench.layout.table;

/** One 16-byte DOS partition entry: type and LBA extent (CHS fields are not used by Linux or the DA). */
record DosEntry(int type, long startLba, long sectors) {

    static final int TABLE_OFFSET = 446;
    static final int EXTENDED_CHS = 0x05;
    static final int EXTENDED_LBA = 0x0F;
    static final int LINUX = 0x83;
    static final int GPT_PROTECTIVE = 0xEE;

    boolean isEmpty() {
        return type == 0 || sectors == 0;
    }

    boolean isExtended() {
        return type == EXTENDED_CHS || type == EXTENDED_LBA || type == 0x85;
    }

    static DosEntry read(byte[] sector, int slot) {
        int off = TABLE_OFFSET + 16 * slot;
        return new DosEntry(sector[off + 4] & 0xFF, Le.u32(sector, off + 8), Le.u32(sector, off + 12));
    }

    void write(byte[] sector, int slot) {
        int off = TABLE_OFFSET + 16 * slot;
        sector[off + 4] = (byte) type;
        // CHS set to the "beyond 1024 cylinders" marker; Linux and the DA use the LBA fields
        sector[off + 1] = (byte) 0xFE;
        sector[off + 2] = (byte) 0xFF;
        sector[off + 3] = (byte) 0xFF;
        sector[off + 5] = (byte) 0xFE;
        sector[off + 6] = (byte) 0xFF;
        sector[off + 7] = (byte) 0xFF;
        Le.put32(sector, off + 8, startLba);
        Le.put32(sector, off + 12, sectors);
    }

    static boolean hasSignature(byte[] sector) {
        return (sector[510] & 0xFF) == 0x55 && (sector[511] & 0xFF) == 0xAA;
    }
}
