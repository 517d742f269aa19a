package org.scatterbench.transport.serial;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.TransportTimeoutException;

import com.fazecast.jSerialComm.SerialPort;

/**
 * An open serial port in raw 8N1 without flow control. jSerialComm's semi-blocking read (return as
 * soon as one byte is there, or after the timeout) is exactly the SPI's read, so no helper thread is
 * needed; the timeout is reconfigured only when a caller asks for a different one.
 */
final class SerialTransport implements Transport {

    /**
     * jSerialComm's native read and write take the whole Java array across JNI (copied in and out)
     * whatever part of it they touch, so a read of one pty buffer's worth into a megabyte packet
     * buffer would copy two megabytes. Transfers go through arrays of this size instead.
     */
    static final int BOUNCE_SIZE = 64 * 1024;

    private final SerialPort port;
    private final TransportDescription description;
    private final byte[] readBounce = new byte[BOUNCE_SIZE];
    private final byte[] writeBounce = new byte[BOUNCE_SIZE];
    private final int writeTimeoutMs;
    private int configuredReadMs = -1;
    private volatile boolean open = true;

    /** Initial read timeout, until the first read names its own. */
    private static final int INITIAL_READ_MS = 1000;

    /**
     * Configures blocking writes at once: jSerialComm's default is non-blocking, which on Linux turns
     * a large write into a busy loop of tiny partial writes (about ten times slower on a pty).
     */
    SerialTransport(SerialPort port, TransportDescription description, TransportOptions options) throws IOException {
        this.port = port;
        this.description = description;
        this.writeTimeoutMs = TransportOptions.millisAtLeastOne(options.writeTimeout());
        configureReadTimeout(INITIAL_READ_MS);
    }

    @Override
    public TransportDescription describe() {
        return description;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, data.length);
        ensureOpen();
        int done = 0;
        while (done < length) {
            int n = writeSome(data, offset + done, length - done);
            if (n < 0) {
                throw lost("write failed");
            }
            if (n == 0) {
                throw new TransportTimeoutException(description.port() + ": the device accepted no data for "
                        + writeTimeoutMs + " ms (" + done + " of " + length + " bytes written)");
            }
            done += n;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            throw new IllegalArgumentException("read of 0 bytes");
        }
        ensureOpen();
        long deadline = System.nanoTime() + timeout.toNanos();
        int waitMs = TransportOptions.millisAtLeastOne(timeout);
        while (true) {
            configureReadTimeout(waitMs);
            int n = readSome(buffer, offset, length);
            if (n < 0) {
                throw lost("read failed");
            }
            if (n > 0) {
                return n;
            }
            // the driver may wake early (its timeout granularity is coarser than ours): wait out the rest
            long leftNanos = deadline - System.nanoTime();
            if (leftNanos <= 0) {
                throw new TransportTimeoutException(description.port() + ": nothing received within "
                        + timeout.toMillis() + " ms");
            }
            waitMs = TransportOptions.millisAtLeastOne(Duration.ofNanos(leftNanos));
        }
    }

    private int readSome(byte[] buffer, int offset, int length) {
        if (buffer.length <= BOUNCE_SIZE) {
            return port.readBytes(buffer, length, offset);
        }
        synchronized (readBounce) {
            int n = port.readBytes(readBounce, Math.min(length, BOUNCE_SIZE));
            if (n > 0) {
                System.arraycopy(readBounce, 0, buffer, offset, n);
            }
            return n;
        }
    }

    private int writeSome(byte[] data, int offset, int length) {
        if (data.length <= BOUNCE_SIZE) {
            return port.writeBytes(data, length, offset);
        }
        synchronized (writeBounce) {
            int n = Math.min(length, BOUNCE_SIZE);
            System.arraycopy(data, offset, writeBounce, 0, n);
            return port.writeBytes(writeBounce, n);
        }
    }

    /** Bytes received and not yet read (tests use it to know that data has arrived). */
    int bytesAvailable() {
        return Math.max(0, port.bytesAvailable());
    }

    private synchronized void configureReadTimeout(int ms) throws IOException {
        if (ms != configuredReadMs) {
            if (!port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING, ms,
                    writeTimeoutMs)) {
                throw lost("could not set the read timeout");
            }
            configuredReadMs = ms;
        }
    }

    /**
     * Reads and drops what has arrived. Deliberately not {@code flushIOBuffers()}: on a Linux pty,
     * tcflush also throws away bytes the peer has not yet seen (MTK-PROTOCOL.md section 1).
     */
    @Override
    public void discardInput() throws IOException {
        ensureOpen();
        byte[] sink = new byte[4096];
        int available = port.bytesAvailable();
        while (available > 0) {
            int n = port.readBytes(sink, Math.min(sink.length, available));
            if (n <= 0) {
                break;
            }
            available = port.bytesAvailable();
        }
    }

    private void ensureOpen() throws DisconnectedException {
        if (!open) {
            throw new DisconnectedException(description.port() + ": transport is closed");
        }
    }

    private DisconnectedException lost(String what) {
        if (!open) {
            return new DisconnectedException(description.port() + ": transport is closed");
        }
        return new DisconnectedException(description.port() + ": " + what
                + ": the device disconnected or the port was closed (system error " + port.getLastErrorCode() + ")");
    }

    @Override
    public boolean isOpen() {
        return open && port.isOpen();
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            port.closePort();
        }
    }
}
