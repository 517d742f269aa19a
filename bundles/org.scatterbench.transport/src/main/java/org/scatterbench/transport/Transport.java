package org.scatterbench.transport;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/**
 * An open, bidirectional byte connection to one device. Implementations are not thread-safe for
 * concurrent reads (one protocol client owns a transport), but {@link #close()} may be called from
 * any thread to abort a blocked read.
 */
public interface Transport extends Closeable {

    /** Port, driver and USB identity of this connection, for messages and reports. */
    TransportDescription describe();

    /**
     * Writes all bytes, or throws. A USB driver may split a large buffer into several bulk transfers
     * but adds no zero-length packet: protocols ask for one with {@link #endOfTransfer()}.
     */
    void write(byte[] data, int offset, int length) throws IOException;

    default void write(byte[] data) throws IOException {
        write(data, 0, data.length);
    }

    /**
     * Reads at least one and at most {@code length} bytes, waiting up to {@code timeout}.
     *
     * @return the number of bytes read, always &gt; 0
     * @throws TransportTimeoutException when nothing arrived in time
     * @throws DisconnectedException when the device went away
     */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException;

    /** Reads exactly {@code length} bytes; the timeout applies to each wait for more bytes. */
    default void readFully(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int done = 0;
        while (done < length) {
            done += read(buffer, offset + done, length - done, timeout);
        }
    }

    default byte[] readFully(int length, Duration timeout) throws IOException {
        byte[] b = new byte[length];
        readFully(b, 0, length, timeout);
        return b;
    }

    /**
     * Tells the device that the bytes written so far end a transfer. USB drivers send a zero-length
     * packet (the boot ROM needs one after the DA upload, MTK-PROTOCOL.md 2.2); a byte stream has no
     * packets, so by default nothing is sent.
     */
    default void endOfTransfer() throws IOException {
        // serial lines and sockets carry no transfer boundaries
    }

    /** Drops bytes already received but not read (used to resynchronise a handshake). */
    default void discardInput() throws IOException {
        // transports without an input buffer have nothing to drop
    }

    boolean isOpen();

    @Override
    void close() throws IOException;
}
