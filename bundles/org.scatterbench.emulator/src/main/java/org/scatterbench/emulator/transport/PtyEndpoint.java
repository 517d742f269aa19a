package org.scatterbench.emulator.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.scatterbench.emulator.VirtualPhone;

/**
 * A virtual phone behind a pseudo-terminal, for serial hosts such as mtkclient's
 * {@code --serialport}. The phone listens on a private loopback TCP port; a {@code socat} child
 * owns the pty, makes {@code link} a symlink to the end a host opens, and waits for the host to
 * open it before connecting ({@code wait-slave}). When the host closes the port, socat ends, the
 * phone's session ends, and a new socat (a new, clean session) takes its place.
 */
public final class PtyEndpoint implements Endpoint {

    private static final long LINK_WAIT_MILLIS = 10_000;

    private final Path link;
    private final TcpEndpoint tcp;
    private final Thread supervisor;
    private volatile boolean closed;
    private volatile Process socat;

    private PtyEndpoint(Path link, TcpEndpoint tcp) {
        this.link = link;
        this.tcp = tcp;
        this.supervisor = new Thread(this::superviseLoop, "virtual-phone-pty");
        this.supervisor.setDaemon(true);
    }

    /**
     * Creates the pty and the link. Fails with a message naming {@code link} when it is taken by
     * something other than a stale symlink, or when socat cannot be started.
     */
    public static PtyEndpoint open(VirtualPhone phone, Path link) throws IOException {
        Path abs = link.toAbsolutePath();
        if (Files.exists(abs, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isSymbolicLink(abs)) {
                throw new IOException(abs + " exists and is not a symlink; refusing to replace it");
            }
            Files.delete(abs);
        }
        if (abs.getParent() != null && !Files.isDirectory(abs.getParent())) {
            throw new IOException("no directory " + abs.getParent() + " for the pty link " + abs);
        }
        // the link goes the moment the host's session ends, so a host that reopens at once waits for
        // the next pty instead of opening the dying one
        TcpEndpoint tcp = TcpEndpoint.listen(phone, 0, () -> deleteLink(abs));
        PtyEndpoint e = new PtyEndpoint(abs, tcp);
        try {
            e.startSocat();
            e.awaitLink();
        } catch (IOException | RuntimeException ex) {
            e.close();
            throw ex;
        }
        e.supervisor.start();
        return e;
    }

    public Path link() {
        return link;
    }

    @Override
    public String address() {
        return "pty " + link;
    }

    /** Starts a socat unless the endpoint is closed; under the lock, so close() never misses a child. */
    private synchronized void startSocat() throws IOException {
        if (closed) {
            throw new IOException("the pty endpoint " + link + " is closed");
        }
        socat = SocatBridge.start(link, tcp.port());
    }

    private void awaitLink() throws IOException {
        SocatBridge.awaitLink(socat, link, LINK_WAIT_MILLIS);
    }

    /** One socat per host session: when it ends (the host closed the port), start the next. */
    private void superviseLoop() {
        while (!closed) {
            Process p = socat;
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                return;
            }
            if (closed) {
                return;
            }
            try {
                startSocat();
                awaitLink();
            } catch (IOException e) {
                if (closed) {
                    return;
                }
                // socat could not come back; try again after a pause rather than spin
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    @Override
    public void close() {
        Process p;
        synchronized (this) {
            closed = true;
            p = socat;
        }
        if (p != null) {
            p.destroy();
            try {
                if (!p.waitFor(2, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        supervisor.interrupt();
        tcp.close();
        deleteLink(link);
    }

    private static void deleteLink(Path link) {
        try {
            if (Files.isSymbolicLink(link)) {
                Files.delete(link);
            }
        } catch (IOException e) {
            // a stale link is replaced by the next socat or removed by the next open
        }
    }
}
