package org.scatterbench.transport.tcp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;

import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * A {@link Transport} over a connected socket. The socket's own read timeout gives the SPI's
 * semantics without a helper thread: a timed-out socket read leaves the connection usable.
 */
public final class TcpTransport implements Transport {

    private final Socket socket;
    private final TransportDescription description;
    private final InputStream in;
    private final OutputStream out;
    private volatile boolean open = true;

    private TcpTransport(Socket socket, TransportDescription description) throws IOException {
        this.socket = socket;
        this.description = description;
        socket.setTcpNoDelay(true);
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /**
     * Wraps an already connected socket (either end: the emulator's accepted socket works too). The
     * transport owns the socket from now on.
     */
    public static TcpTransport over(Socket socket, TransportDescription description) throws IOException {
        Objects.requireNonNull(socket, "socket");
        if (!socket.isConnected() || socket.isClosed()) {
            throw new DisconnectedException(description.port() + ": socket is not connected");
        }
        return new TcpTransport(socket, Objects.requireNonNull(description, "description"));
    }

    @Override
    public TransportDescription describe() {
        return description;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, data.length);
        ensureOpen();
        try {
            out.write(data, offset, length);
            out.flush();
        } catch (IOException e) {
            throw lost("write failed", e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            throw new IllegalArgumentException("read of 0 bytes");
        }
        ensureOpen();
        int n;
        try {
            socket.setSoTimeout(TransportOptions.millisAtLeastOne(timeout));
            n = in.read(buffer, offset, length);
        } catch (SocketTimeoutException e) {
            throw new TransportTimeoutException(description.port() + ": nothing received within "
                    + timeout.toMillis() + " ms");
        } catch (IOException e) {
            throw lost("read failed", e);
        }
        if (n < 0) {
            throw new DisconnectedException(description.port() + ": the other side closed the connection");
        }
        return n;
    }

    @Override
    public void discardInput() throws IOException {
        ensureOpen();
        try {
            long pending = in.available();
            while (pending > 0) {
                long skipped = in.skip(pending);
                if (skipped <= 0) {
                    break;
                }
                pending = in.available();
            }
        } catch (IOException e) {
            throw lost("discarding input failed", e);
        }
    }

    private void ensureOpen() throws DisconnectedException {
        if (!open) {
            throw new DisconnectedException(description.port() + ": transport is closed");
        }
    }

    private DisconnectedException lost(String what, IOException e) {
        if (!open || e instanceof SocketException && socket.isClosed()) {
            return new DisconnectedException(description.port() + ": transport is closed", e);
        }
        return new DisconnectedException(description.port() + ": " + what + ": " + e.getMessage(), e);
    }

    @Override
    public boolean isOpen() {
        return open && !socket.isClosed();
    }

    @Override
    public void close() throws IOException {
        open = false;
        socket.close();
    }
}
