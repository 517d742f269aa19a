package org.scatterbench.chip.mt67xx.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * Wraps a device and records how the host cut its output: one entry per {@code write()} call (its
 * length) and {@link #END} per {@link #endOfTransfer()}, plus the timeout of every read. Once
 * {@link #script(byte[])} has been called, the device is no longer asked: reads are answered from
 * the script and writes only recorded, for exchanges no transcript holds.
 */
public final class RecordingTransport implements Transport {

    /** Marks an end-of-transfer (USB zero-length packet) in {@link #writes()}. */
    public static final int END = -1;

    private final Transport device;
    private final List<Integer> writes = new ArrayList<>();
    private final List<Duration> readTimeouts = new ArrayList<>();
    private final Deque<Byte> script = new ArrayDeque<>();
    private boolean scripted;

    public RecordingTransport(Transport device) {
        this.device = device;
    }

    public List<Integer> writes() {
        return List.copyOf(writes);
    }

    public List<Duration> readTimeouts() {
        return List.copyOf(readTimeouts);
    }

    public void clear() {
        writes.clear();
        readTimeouts.clear();
    }

    /** From now on the device's replies are these bytes (appended to any scripted before). */
    public void script(byte[] replies) {
        scripted = true;
        for (byte b : replies) {
            script.add(b);
        }
    }

    @Override
    public TransportDescription describe() {
        return device.describe();
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        writes.add(length);
        if (!scripted) {
            device.write(data, offset, length);
        }
    }

    @Override
    public void endOfTransfer() throws IOException {
        writes.add(END);
        if (!scripted) {
            device.endOfTransfer();
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        readTimeouts.add(timeout);
        if (!scripted) {
            return device.read(buffer, offset, length, timeout);
        }
        if (script.isEmpty()) {
            throw new TransportTimeoutException("script: nothing more to send");
        }
        int n = 0;
        while (n < length && !script.isEmpty()) {
            buffer[offset + n++] = script.poll();
        }
        return n;
    }

    @Override
    public boolean isOpen() {
        return device.isOpen();
    }

    @Override
    public void close() throws IOException {
        device.close();
    }
}
