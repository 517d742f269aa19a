package org.scatterbench.emulator.transport;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.scatterbench.emulator.SessionLog;
import org.scatterbench.emulator.VirtualPhone;

/**
 * One session of a virtual phone over an in-memory line, for fast tests: the host side gets a
 * connected pair of streams, the phone serves the other end on its own thread. Closing the
 * endpoint is the host closing the line; the phone then ends the session.
 */
public final class PipeEndpoint implements AutoCloseable {

    private static final int CAPACITY = 4 << 20;

    private final InputStream hostIn;
    private final OutputStream hostOut;
    private final CompletableFuture<SessionLog> session;
    private final AtomicBoolean closed;

    private PipeEndpoint(InputStream hostIn, OutputStream hostOut, CompletableFuture<SessionLog> session,
            AtomicBoolean closed) {
        this.hostIn = hostIn;
        this.hostOut = hostOut;
        this.session = session;
        this.closed = closed;
    }

    /** Powers the phone on at the end of a new line and returns the host's end. */
    public static PipeEndpoint connect(VirtualPhone phone) {
        ByteQueue toPhone = new ByteQueue(CAPACITY);
        ByteQueue toHost = new ByteQueue(CAPACITY);
        CompletableFuture<SessionLog> done = new CompletableFuture<>();
        AtomicBoolean closed = new AtomicBoolean();
        Thread t = new Thread(() -> done.complete(phone.serve(toPhone.input(), toHost.output(), closed::get)),
                "virtual-phone-pipe-session");
        t.setDaemon(true);
        t.start();
        return new PipeEndpoint(toHost.input(), toPhone.output(), done, closed);
    }

    /** What the phone sends. */
    public InputStream hostIn() {
        return hostIn;
    }

    /** What the phone receives. */
    public OutputStream hostOut() {
        return hostOut;
    }

    /** Waits for the session to end (after {@link #close()}, SHUTDOWN or a fault). */
    public SessionLog awaitEnd(long timeout, TimeUnit unit) throws InterruptedException, TimeoutException {
        try {
            return session.get(timeout, unit);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the phone's session failed", e.getCause());
        }
    }

    @Override
    public void close() {
        closed.set(true);
        try {
            hostOut.close();
            hostIn.close();
        } catch (java.io.IOException e) {
            // in-memory streams do not fail to close
        }
    }
}
