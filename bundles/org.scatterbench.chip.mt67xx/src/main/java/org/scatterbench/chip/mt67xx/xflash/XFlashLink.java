package org.scatterbench.chip.mt67xx.xflash;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;

import org.scatterbench.flash.FlashException;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * XFlash framing (MTK-PROTOCOL.md 5.1): every message is {@code u32 0xFEEEEEEF, u32 type,
 * u32 length} plus payload, little-endian. Turns transport failures and malformed replies into
 * {@link FlashException}s naming the step that was waiting.
 */
final class XFlashLink {

    static final int MAGIC = 0xFEEEEEEF;
    static final int TYPE_PROTOCOL_FLOW = 1;
    static final int TYPE_MESSAGE = 2;
    private static final int HEADER = 12;

    private final Transport transport;
    private final Duration timeout;
    private final int maxPayload;
    private final boolean ackInOneWrite;

    XFlashLink(Transport transport, Duration timeout, int maxPayload) {
        this(transport, timeout, maxPayload, false);
    }

    XFlashLink(Transport transport, Duration timeout, int maxPayload, boolean ackInOneWrite) {
        this.transport = transport;
        this.timeout = timeout;
        this.maxPayload = maxPayload;
        this.ackInOneWrite = ackInOneWrite;
    }

    Transport transport() {
        return transport;
    }

    /**
     * Sends one packet as two transport writes, the 12-byte header and then the whole payload, as
     * the reference client does on real phones (MTK-PROTOCOL.md 5.1). A DA reading a USB pipe may
     * rely on those transfer boundaries, so they are never merged or split here; the transport
     * splits a large payload into bulk transfers itself.
     */
    void send(String step, byte[] payload, int offset, int length) throws FlashException {
        ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
        h.putInt(MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(length);
        try {
            transport.write(h.array());
            if (length > 0) {
                transport.write(payload, offset, length);
            }
        } catch (IOException e) {
            throw failure(step, e);
        }
    }

    /**
     * Sends one WRITE_DATA chunk as its three packets (MTK-PROTOCOL.md 5.8): {@code u32 0}, the
     * {@code u32} checksum, then the data; six writes in all.
     */
    void sendChunk(String step, int checksum, byte[] data, int offset, int length) throws FlashException {
        sendU32(step, 0);
        sendU32(step, checksum);
        send(step, data, offset, length);
    }

    /**
     * Acknowledges a packet with {@code u32 0}: header and word in two writes, or in one 16-byte
     * write for the DAs that need it (MTK-PROTOCOL.md 5.1, DA code 0x6781).
     */
    void ack(String step) throws FlashException {
        if (!ackInOneWrite) {
            sendU32(step, 0);
            return;
        }
        ByteBuffer m = ByteBuffer.allocate(HEADER + 4).order(ByteOrder.LITTLE_ENDIAN);
        m.putInt(MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(4).putInt(0);
        try {
            transport.write(m.array());
        } catch (IOException e) {
            throw failure(step, e);
        }
    }

    void send(String step, byte[] payload) throws FlashException {
        send(step, payload, 0, payload.length);
    }

    void sendU32(String step, long value) throws FlashException {
        send(step, ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt((int) value).array());
    }

    /** Reads one packet's payload; rejects a bad magic or an implausible length as a corrupt reply. */
    byte[] receive(String step) throws FlashException {
        return receive(step, timeout);
    }

    private byte[] receive(String step, Duration wait) throws FlashException {
        byte[] h = readFully(step, HEADER, wait);
        ByteBuffer b = ByteBuffer.wrap(h).order(ByteOrder.LITTLE_ENDIAN);
        int magic = b.getInt();
        int type = b.getInt();
        long length = Integer.toUnsignedLong(b.getInt());
        if (magic != MAGIC) {
            throw new FlashException(String.format("corrupt reply from the DA while %s: packet magic 0x%08X instead of"
                    + " 0xFEEEEEEF", step, magic));
        }
        if (type != TYPE_PROTOCOL_FLOW && type != TYPE_MESSAGE) {
            throw new FlashException("corrupt reply from the DA while " + step + ": unknown packet type " + type);
        }
        if (length > maxPayload) {
            throw new FlashException("corrupt reply from the DA while " + step + ": packet of " + length
                    + " bytes announced (at most " + maxPayload + " expected)");
        }
        return readFully(step, (int) length, timeout);
    }

    /** Reads a status packet (u32, or the u16 form some DAs send); returns the code, 0 meaning OK. */
    long status(String step) throws FlashException {
        return status(step, timeout);
    }

    /** As {@link #status(String)}, waiting up to {@code wait} (for replies known to take long). */
    long status(String step, Duration wait) throws FlashException {
        byte[] p = receive(step, wait);
        ByteBuffer b = ByteBuffer.wrap(p).order(ByteOrder.LITTLE_ENDIAN);
        long v;
        if (p.length == 4) {
            v = Integer.toUnsignedLong(b.getInt());
        } else if (p.length == 2) {
            v = Short.toUnsignedInt(b.getShort());
        } else {
            throw new FlashException("corrupt reply from the DA while " + step + ": expected a status, got a "
                    + p.length + "-byte packet");
        }
        return v == Integer.toUnsignedLong(MAGIC) ? 0 : v;
    }

    /** Reads a status and fails unless it is OK. */
    void expectOk(String step) throws FlashException {
        long st = status(step);
        if (st != 0) {
            throw new FlashException("the DA refused " + step, st);
        }
    }

    int readByte(String step) throws FlashException {
        return readFully(step, 1, timeout)[0] & 0xFF;
    }

    private byte[] readFully(String step, int n, Duration wait) throws FlashException {
        try {
            return transport.readFully(n, wait);
        } catch (IOException e) {
            throw failure(step, e, wait);
        }
    }

    FlashException failure(String step, IOException e) {
        return failure(step, e, timeout);
    }

    private FlashException failure(String step, IOException e, Duration wait) {
        String port = transport.describe().port();
        if (e instanceof TransportTimeoutException) {
            return new FlashException("the phone stopped answering: no reply within " + wait.toSeconds()
                    + " s while " + step + " on " + port, e);
        }
        if (e instanceof DisconnectedException) {
            return new FlashException("the phone disconnected while " + step + " on " + port, e);
        }
        return new FlashException("I/O error while " + step + " on " + port + ": " + e.getMessage(), e);
    }
}
