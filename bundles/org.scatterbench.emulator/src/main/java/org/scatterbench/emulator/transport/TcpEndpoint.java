package org.scatterbench.emulator.transport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.scatterbench.emulator.VirtualPhone;

/**
 * A virtual phone on a TCP port of the loopback interface only (never another interface: the
 * phone's flash is a file on this machine). One session at a time: each connection is a fresh
 * session from the BROM handshake on, a disconnect resets the phone, and connections that arrive
 * meanwhile are served in turn.
 */
public final class TcpEndpoint implements Endpoint {

    private final ServerSocket server;
    private final Thread acceptor;
    private volatile boolean closed;
    private Socket current;

    private final Runnable onHostGone;

    private TcpEndpoint(ServerSocket server, VirtualPhone phone, Runnable onHostGone) {
        this.server = server;
        this.onHostGone = onHostGone;
        this.acceptor = new Thread(() -> acceptLoop(phone), "virtual-phone-tcp-" + server.getLocalPort());
        this.acceptor.setDaemon(true);
    }

    /** Listens on 127.0.0.1:{@code port}; port 0 picks a free one (see {@link #port()}). */
    public static TcpEndpoint listen(VirtualPhone phone, int port) throws IOException {
        return listen(phone, port, () -> {
        });
    }

    /**
     * As {@link #listen(VirtualPhone, int)}; {@code onHostGone} runs as soon as a host's end of the
     * line is found closed, before the phone reports the session ended.
     */
    static TcpEndpoint listen(VirtualPhone phone, int port, Runnable onHostGone) throws IOException {
        ServerSocket s = new ServerSocket();
        s.setReuseAddress(true);
        s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 8);
        TcpEndpoint e = new TcpEndpoint(s, phone, onHostGone);
        e.acceptor.start();
        return e;
    }

    public int port() {
        return server.getLocalPort();
    }

    @Override
    public String address() {
        return "tcp://127.0.0.1:" + port();
    }

    /**
     * Serves connections one after another on this thread. A host that connects while another is
     * served waits in the listen backlog until the line is free, as a host waits for a phone to
     * re-enumerate; a host that reconnects at once after closing is never turned away.
     */
    private void acceptLoop(VirtualPhone phone) {
        while (!closed) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                continue;
            }
            synchronized (this) {
                current = s;
            }
            try {
                s.setTcpNoDelay(true);
                phone.serve(new EndWatchingInput(s.getInputStream(), onHostGone), s.getOutputStream(),
                        () -> closed || s.isClosed());
            } catch (IOException e) {
                // the connection broke before the session began; the listener goes on
            } finally {
                closeQuietly(s);
                synchronized (this) {
                    current = null;
                }
            }
        }
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    /** Runs a callback once, when the stream ends or fails. */
    private static final class EndWatchingInput extends java.io.FilterInputStream {
        private final Runnable onEnd;
        private boolean ended;

        EndWatchingInput(java.io.InputStream in, Runnable onEnd) {
            super(in);
            this.onEnd = onEnd;
        }

        private int watch(int r) {
            if (r < 0) {
                end();
            }
            return r;
        }

        private void end() {
            if (!ended) {
                ended = true;
                onEnd.run();
            }
        }

        @Override
        public int read() throws IOException {
            try {
                return watch(super.read());
            } catch (IOException e) {
                end();
                throw e;
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return watch(super.read(b, off, len));
            } catch (IOException e) {
                end();
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            end();
            super.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            server.close();
        } catch (IOException e) {
            // closing anyway
        }
        Socket s;
        synchronized (this) {
            s = current;
        }
        if (s != null) {
            closeQuietly(s);
        }
        acceptor.interrupt();
    }
}
