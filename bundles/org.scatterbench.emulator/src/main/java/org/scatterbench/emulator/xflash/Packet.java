package org.scatterbench.emulator.xflash;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** One XFlash packet as received: its data type and payload. */
record Packet(long type, byte[] payload) {

    int length() {
        return payload.length;
    }

    /** The payload as a u32, for command, status, ack and single-value packets. */
    long u32() {
        return ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN).getInt() & 0xFFFFFFFFL;
    }

    ByteBuffer le() {
        return ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
    }
}
