package org.scatterbench.flash.brom;

import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;

import org.scatterbench.flash.FlashException;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * Big-endian field I/O of the BROM layer: echoes, u16/u32 fields and statuses. Every transport
 * failure becomes a {@link FlashException} that says which step was waiting.
 */
final class BromLink {

    private final Transport transport;
    private final Duration timeout;

    BromLink(Transport transport, Duration timeout) {
        this.transport = transport;
        this.timeout = timeout;
    }

    Transport transport() {
        return transport;
    }

    void write(String step, byte[] data) throws FlashException {
        try {
            transport.write(data);
        } catch (IOException e) {
            throw ioFailure(step, e);
        }
    }

    /** Ends a transfer (a USB zero-length packet); nothing on a byte stream. */
    void endOfTransfer(String step) throws FlashException {
        try {
            transport.endOfTransfer();
        } catch (IOException e) {
            throw ioFailure(step, e);
        }
    }

        byte[] read(String step, int length) throws FlashException {
        try {
            return transport.readFully(length, timeout);
        } catch (IOException e) {
            throw ioFailure(step, e);
        }
    }

    /** Sends a field and checks the device echoes it unchanged. */
    void echo(String step, byte[] field) throws FlashException {
        write(step, field);
        byte[] back = read(step + " echo", field.length);
        if (!Arrays.equals(back, field)) {
            throw new FlashException("BROM " + step + ": sent " + hex(field) + " but the device echoed " + hex(back)
                    + "; the connection is out of step (unplug the phone and try again)");
        }
    }

    void command(String name, int cmd) throws FlashException {
        echo(name, new byte[] { (byte) cmd });
    }

    void echoU32(String step, long value) throws FlashException {
        echo(step, u32(value));
    }

    int readU16(String step) throws FlashException {
        byte[] b = read(step, 2);
        return ((b[0] & 0xFF) << 8) | (b[1] & 0xFF);
    }

    long readU32(String step) throws FlashException {
        byte[] b = read(step, 4);
        return ((long) (b[0] & 0xFF) << 24) | ((b[1] & 0xFF) << 16) | ((b[2] & 0xFF) << 8) | (b[3] & 0xFF);
    }

    /** Reads a u16 status; BROM and preloader treat anything up to {@code maxOk} as success. */
    int expectStatus(String step, int maxOk) throws FlashException {
        int st = readU16(step + " status");
        if (st > maxOk) {
            throw new FlashException("BROM " + step + " failed", st);
        }
        return st;
    }

    FlashException ioFailure(String step, IOException e) {
        if (e instanceof TransportTimeoutException) {
            return new FlashException("the phone did not answer within " + timeout.toSeconds() + " s during BROM "
                    + step + " on " + transport.describe().port(), e);
        }
        if (e instanceof DisconnectedException) {
            return new FlashException("the phone disconnected during BROM " + step + " on "
                    + transport.describe().port() + " (" + e.getMessage() + ")", e);
        }
        return new FlashException("I/O error during BROM " + step + " on " + transport.describe().port() + ": "
                + e.getMessage(), e);
    }

    static byte[] u32(long v) {
        return new byte[] { (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) v };
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) {
            sb.append(String.format("%02X", x & 0xFF));
        }
        return sb.toString();
    }
}
