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
    private static final int WRITE_PIECE = 64 * 1024;
    private static final int SMALL_PAYLOAD = 256;

    private final Transport transport;
    private final Duration timeout;
    private final int maxPayload;

    XFlashLink(Transport transport, Duration timeout, int maxPayload) {
        this.transport = transport;
        this.timeout = timeout;
        this.maxPayload = maxPayload;
    }

    Transport transport() {
        return transport;
    }

    void send(String step, byte[] payload, int offset, int length) throws FlashException {
        try {
            if (length <= SMALL_PAYLOAD) {
                // one write for header and payload: commands and checksums are tiny, and a write each
                // would cost a system call (and with TCP_NODELAY a segment) per 4 bytes
                ByteBuffer m = ByteBuffer.allocate(HEADER + length).order(ByteOrder.LITTLE_ENDIAN);
                m.putInt(MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(length).put(payload, offset, length);
                transport.write(m.array());
                return;
            }
            ByteBuffer h = ByteBuffer.allocate(HEADER).order(ByteOrder.LITTLE_ENDIAN);
            h.putInt(MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(length);
            transport.write(h.array());
            writePieces(payload, offset, length);
        } catch (IOException e) {
            throw failure(step, e);
        }
    }

    /**
     * Sends one WRITE_DATA chunk as its three packets (MTK-PROTOCOL.md 5.8): {@code u32 0}, the
     * {@code u32} checksum, then the data. The two words and the data's header leave in one write,
     * so a chunk costs the line one small transfer before its data instead of three.
     */
    void sendChunk(String step, int checksum, byte[] data, int offset, int length) throws FlashException {
        ByteBuffer m = ByteBuffer.allocate(3 * HEADER + 8).order(ByteOrder.LITTLE_ENDIAN);
        m.putInt(MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(4).putInt(0);
        m.putInt(MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(4).putInt(checksum);
        m.putInt(MAGIC).putInt(TYPE_PROTOCOL_FLOW).putInt(length);
        try {
            transport.write(m.array());
            writePieces(data, offset, length);
        } catch (IOException e) {
            throw failure(step, e);
        }
    }

    private void writePieces(byte[] payload, int offset, int length) throws IOException {
        for (int off = 0; off < length; off += WRITE_PIECE) {
            transport.write(payload, offset + off, Math.min(WRITE_PIECE, length - off));
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
        byte[] h = readFully(step, HEADER);
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
        return readFully(step, (int) length);
    }

    /** Reads a status packet (u32, or the u16 form some DAs send); returns the code, 0 meaning OK. */
    long status(String step) throws FlashException {
        byte[] p = receive(step);
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
        return readFully(step, 1)[0] & 0xFF;
    }

    private byte[] readFully(String step, int n) throws FlashException {
        try {
            return transport.readFully(n, timeout);
        } catch (IOException e) {
            throw failure(step, e);
        }
    }

    FlashException failure(String step, IOException e) {
        String port = transport.describe().port();
        if (e instanceof TransportTimeoutException) {
            return new FlashException("the phone stopped answering: no reply within " + timeout.toSeconds()
                    + " s while " + step + " on " + port, e);
        }
        if (e instanceof DisconnectedException) {
            return new FlashException("the phone disconnected while " + step + " on " + port, e);
        }
        return new FlashException("I/O error while " + step + " on " + port + ": " + e.getMessage(), e);
    }
}
