package org.scatterbench.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.scatterbench.emulator.transport.SocatBridge;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.transport.stream.InMemoryPipe;

/**
 * A line of the same kind a virtual phone is reached over, with a plain far end instead of a
 * phone: the host side is opened through the same transport driver the engine uses (in-memory
 * pipe, loopback TCP, or a socat pty through the serial driver), the far end is the plain streams
 * the phone's endpoint would serve on.
 */
final class RawLine implements AutoCloseable {

    private static final long CONNECT_SECONDS = 10;

    private final Transport host;
    private final InputStream farIn;
    private final OutputStream farOut;
    private final List<AutoCloseable> resources;

    private RawLine(Transport host, InputStream farIn, OutputStream farOut, List<AutoCloseable> resources) {
        this.host = host;
        this.farIn = farIn;
        this.farOut = farOut;
        this.resources = resources;
    }

    static RawLine open(BenchPhone.Line kind, TransportRegistry registry, Path dir) throws IOException {
        if (kind == BenchPhone.Line.PIPE) {
            InMemoryPipe pipe = InMemoryPipe.open("raw-host", "raw-sink");
            return new RawLine(pipe.a(), TransportStreams.in(pipe.b()), TransportStreams.out(pipe.b()),
                    List.of(pipe.b()::close));
        }
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        CompletableFuture<Socket> far = CompletableFuture.supplyAsync(() -> accept(server));
        Process socat = null;
        try {
            String address = "tcp://127.0.0.1:" + server.getLocalPort();
            if (kind == BenchPhone.Line.PTY) {
                Path link = dir.resolve("raw.pty");
                socat = startSocat(link, server.getLocalPort());
                address = link.toString();
            }
            Transport host = registry.open(address, TransportOptions.defaults());
            Socket s = far.get(CONNECT_SECONDS, TimeUnit.SECONDS);
            Process child = socat;
            return new RawLine(host, s.getInputStream(), s.getOutputStream(),
                    List.of(s, server, child == null ? () -> { } : child::destroy));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the raw " + kind + " line");
        } catch (ExecutionException | TimeoutException e) {
            server.close();
            if (socat != null) {
                socat.destroy();
            }
            throw new IOException("the raw " + kind + " line did not connect: " + e, e);
        }
    }

    private static Socket accept(ServerSocket server) {
        try {
            Socket s = server.accept();
            s.setTcpNoDelay(true);
            return s;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The same socat bridge the phone's pty endpoint runs, in front of the plain far end. */
    private static Process startSocat(Path link, int port) throws IOException {
        Process p = SocatBridge.start(link, port);
        try {
            SocatBridge.awaitLink(p, link, TimeUnit.SECONDS.toMillis(CONNECT_SECONDS));
        } catch (IOException e) {
            p.destroy();
            throw e;
        }
        return p;
    }

    Transport host() {
        return host;
    }

    InputStream farIn() {
        return farIn;
    }

    OutputStream farOut() {
        return farOut;
    }

    @Override
    public void close() throws IOException {
        host.close();
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                // the measurement is over; a line that does not close cleanly changes no figure
            }
        }
    }
}
