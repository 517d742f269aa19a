package org.scatterbench.emulator.xflash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.scatterbench.emulator.wire.DeviceLink;

/**
 * XFlash framing (MTK-PROTOCOL.md 5.1) on the phone's side: {@code EF EE EE FE}, u32 data type,
 * u32 length, payload, all little-endian. Reading reassembles a packet however the host split its
 * writes; a header with a wrong magic or an oversize length is refused with a DA status and the
 * reader then hunts for the next magic, so garbage never turns into a command.
 */
final class PacketChannel {

    static final int TYPE_PROTOCOL_FLOW = 1;

    private final DeviceLink link;
    private final int maxPayload;
    private boolean resyncPending;

    PacketChannel(DeviceLink link, int maxPayload) {
        this.link = link;
        this.maxPayload = maxPayload;
    }

    /** Marks the line out of step: the next read skips bytes until a magic. */
    void resync() {
        resyncPending = true;
    }

    /**
     * Reads one packet whose payload may be at most {@code limit} bytes (capped at the channel's
     * maximum). A wrong magic aborts with PROTOCOL_ERROR, an oversize length with BUFFER_OVERFLOW.
     */
    Packet read(int limit) throws IOException, DaAbort {
        long[] typeAndLength = header(limit);
        return new Packet(typeAndLength[0], link.readFully((int) typeAndLength[1]));
    }

    /**
     * Reads one packet's payload into {@code into} (whose length is the limit) and returns its
     * length: the bulk-data path, which reuses one buffer instead of allocating a megabyte a packet,
     * and shows {@code arrival} each piece as it comes.
     */
    int readPayload(byte[] into, DeviceLink.Arrival arrival) throws IOException, DaAbort {
        int length = (int) header(into.length)[1];
        link.readFully(into, 0, length, arrival);
        return length;
    }

    private long[] header(int limit) throws IOException, DaAbort {
        byte[] head = link.readFully(4);
        if (resyncPending) {
            while (!isMagic(head)) {
                System.arraycopy(head, 1, head, 0, 3);
                head[3] = (byte) link.readByte();
            }
            resyncPending = false;
        } else if (!isMagic(head)) {
            resyncPending = true;
            throw new DaAbort(DaStatus.PROTOCOL_ERROR, "bad packet magic " + hex(head), true);
        }
        ByteBuffer rest = ByteBuffer.wrap(link.readFully(8)).order(ByteOrder.LITTLE_ENDIAN);
        long type = rest.getInt() & 0xFFFFFFFFL;
        long length = rest.getInt() & 0xFFFFFFFFL;
        if (length > Math.min(limit, maxPayload)) {
            resyncPending = true;
            throw new DaAbort(DaStatus.BUFFER_OVERFLOW, "packet length 0x" + Long.toHexString(length)
                    + " over the limit 0x" + Integer.toHexString(Math.min(limit, maxPayload)), true);
        }
        return new long[] { type, length };
    }

    /** Reads a packet that must carry exactly {@code length} bytes. */
    Packet readExactly(int length, String what) throws IOException, DaAbort {
        Packet p = read(length);
        if (p.length() != length) {
            throw new DaAbort(DaStatus.PROTOCOL_ERROR, what + ": " + p.length() + " bytes, expected " + length, false);
        }
        return p;
    }

    /** Reads a one-word packet (command, ack, checksum, setter value). */
    long readU32(String what) throws IOException, DaAbort {
        return readExactly(4, what).u32();
    }

    void writeStatus(long status) throws IOException {
        write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) status).array());
    }

    /** Sends one packet (header and payload in one write, as a DA's USB transfer does). */
    void write(byte[] payload) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(12 + payload.length).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt((int) XFlashCodes.MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(payload.length).put(payload);
        link.write(b.array());
    }

    private static boolean isMagic(byte[] h) {
        return (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xEE && (h[2] & 0xFF) == 0xEE && (h[3] & 0xFF) == 0xFE;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x & 0xFF));
        }
        return s.toString();
    }
}
