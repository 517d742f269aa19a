package org.scatterbench.flash.brom;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * The common half of the single-threaded fake devices in these tests: a subclass answers the host's
 * bytes in {@link #write} by queueing replies with {@link #send}; reading an empty queue times out
 * at once, as a silent device would.
 */
abstract class ScriptedDevice implements Transport {

    private final Deque<Byte> out = new ArrayDeque<>();
    private final String name;

    ScriptedDevice(String name) {
        this.name = name;
    }

    protected final void send(int... bytes) {
        for (int x : bytes) {
            out.add((byte) x);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        if (out.isEmpty()) {
            throw new TransportTimeoutException(name + ": nothing to send");
        }
        int n = 0;
        while (n < length && !out.isEmpty()) {
            buffer[offset + n++] = out.poll();
        }
        return n;
    }

    @Override
    public TransportDescription describe() {
        return TransportDescription.of("fake", "fake-port");
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public void close() {
        // nothing held
    }
}
