package org.scatterbench.emulator.tools;

import java.nio.charset.StandardCharsets;

/**
 * The recognisable content the tools write: every 4 KiB block starts with a line naming who wrote
 * it, the partition and the block number, e.g. {@code SBEMU:phone:boot:block 12\n}. A test reads
 * one block and knows whose bytes it holds.
 */
public final class BlockLabel {

    public static final int BLOCK = 4096;

    private BlockLabel() {
    }

    public static String text(String origin, String partition, long block) {
        return "SBEMU:" + origin + ":" + partition + ":block " + block + "\n";
    }

    /** Fills {@code buf} (whose first byte is block {@code firstBlock} of the partition) with labelled blocks. */
    public static void fill(byte[] buf, int length, String origin, String partition, long firstBlock) {
        java.util.Arrays.fill(buf, 0, length, (byte) 0);
        for (int off = 0; off < length; off += BLOCK) {
            byte[] t = text(origin, partition, firstBlock + off / BLOCK).getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(t, 0, buf, off, Math.min(t.length, length - off));
        }
    }

    /** The label at the start of a block, or an empty string when the block carries none. */
    public static String read(byte[] block) {
        if (block.length < 6 || !new String(block, 0, 6, StandardCharsets.US_ASCII).equals("SBEMU:")) {
            return "";
        }
        int end = 0;
        while (end < block.length && end < 200 && block[end] != '\n') {
            end++;
        }
        return new String(block, 0, end, StandardCharsets.US_ASCII);
    }
}
