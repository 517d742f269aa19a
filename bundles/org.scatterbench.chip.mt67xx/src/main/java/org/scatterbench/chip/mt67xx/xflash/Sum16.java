package org.scatterbench.chip.mt67xx.xflash;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Objects;

/**
 * The WRITE_DATA packet checksum (MTK-PROTOCOL.md 5.8): the sum of all data bytes, kept to 16 bits.
 * Every megabyte written is summed once here, so the sum is taken eight bytes at a time: the even and
 * the odd bytes of a word are added into four 16-bit lanes, and the lanes are folded into the total
 * after each 1 KiB block, before they can overflow (128 words add at most 128 x 2 x 255 to a lane).
 * That is about ten times faster than a byte loop, which would cost as much as copying the packet.
 * The block loop has a fixed trip count so that the JIT optimises it the same way whatever packet
 * sizes it saw first.
 */
final class Sum16 {

    private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BYTES = 0x00FF00FF00FF00FFL;
    private static final int BLOCK = 1024;

    private Sum16() {
    }

    static int of(byte[] b, int length) {
        Objects.checkFromIndexSize(0, length, b.length);
        long total = 0;
        int i = 0;
        for (; length - i >= BLOCK; i += BLOCK) {
            total += block(b, i);
        }
        for (; i < length; i++) {
            total += b[i] & 0xFF;
        }
        return (int) (total & 0xFFFF);
    }

    private static long block(byte[] b, int at) {
        long lanes = 0;
        for (int k = 0; k < BLOCK; k += Long.BYTES) {
            long w = (long) WORDS.get(b, at + k);
            lanes += (w & LOW_BYTES) + ((w >>> 8) & LOW_BYTES);
        }
        return (lanes & 0xFFFF) + ((lanes >>> 16) & 0xFFFF) + ((lanes >>> 32) & 0xFFFF) + (lanes >>> 48);
    }
}
