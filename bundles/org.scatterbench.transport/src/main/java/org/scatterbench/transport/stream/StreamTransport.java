package org.scatterbench.transport.stream;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;

import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;

/**
 * A {@link Transport} over any {@link InputStream}/{@link OutputStream} pair (a child process, a
 * socket from elsewhere, an emulator's pipes). {@code InputStream.read} cannot time out, so a named
 * daemon thread pumps the input into a bounded buffer and reads wait on that buffer with a deadline.
 * Closing the transport closes both streams and stops the pump.
 */
public final class StreamTransport implements Transport {

    /** Enough for a DA block in flight without letting a runaway peer fill the heap. */
    static final int BUFFER_SIZE = 1 << 20;
    private static final int PUMP_CHUNK = 64 * 1024;

    private final TransportDescription description;
    private final InputStream in;
    private final OutputStream out;
    private final ByteChannelBuffer buffer;
    private final Thread pump;
    private volatile boolean open = true;

    private StreamTransport(TransportDescription description, InputStream in, OutputStream out,
            ThreadFactory threads) {
        this.description = Objects.requireNonNull(description, "description");
        this.in = Objects.requireNonNull(in, "in");
        this.out = Objects.requireNonNull(out, "out");
        this.buffer = new ByteChannelBuffer(description.port(), BUFFER_SIZE);
        this.pump = threads.newThread(this::pumpInput);
    }

    /** Starts pumping {@code in} on a daemon thread named after the port. */
    public static StreamTransport start(TransportDescription description, InputStream in, OutputStream out) {
        return start(description, in, out, r -> {
            Thread t = new Thread(r, "scatterbench transport reader " + description.port());
            t.setDaemon(true);
            return t;
        });
    }

    /** As {@link #start(TransportDescription, InputStream, OutputStream)}, with the caller's threads. */
    public static StreamTransport start(TransportDescription description, InputStream in, OutputStream out,
            ThreadFactory threads) {
        StreamTransport t = new StreamTransport(description, in, out, threads);
        t.pump.start();
        return t;
    }

    private void pumpInput() {
        byte[] chunk = new byte[PUMP_CHUNK];
        try {
            while (open) {
                int n = in.read(chunk);
                if (n < 0) {
                    buffer.finish();
                    return;
                }
                if (!buffer.put(chunk, 0, n)) {
                    return;
                }
            }
        } catch (IOException e) {
            if (open) {
                buffer.fail(e);
            }
        } catch (RuntimeException e) {
            buffer.fail(new IOException(e.toString(), e));
        }
    }

    @Override
    public TransportDescription describe() {
        return description;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, data.length);
        if (!open) {
            throw new DisconnectedException(description.port() + ": transport is closed");
        }
        try {
            out.write(data, offset, length);
            out.flush();
        } catch (IOException e) {
            throw new DisconnectedException(description.port() + ": write failed: " + e.getMessage(), e);
        }
    }

    @Override
    public int read(byte[] target, int offset, int length, Duration timeout) throws IOException {
        return buffer.read(target, offset, length, timeout);
    }

    @Override
    public void discardInput() {
        buffer.clear();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() throws IOException {
        if (!open) {
            return;
        }
        open = false;
        buffer.close();
        IOException first = null;
        try {
            out.close();
        } catch (IOException e) {
            first = e;
        }
        try {
            in.close();
        } catch (IOException e) {
            if (first == null) {
                first = e;
            }
        }
        // in.read may ignore close (pipes, System.in): the interrupt is the second way out
        pump.interrupt();
        if (first != null) {
            throw first;
        }
    }
}
