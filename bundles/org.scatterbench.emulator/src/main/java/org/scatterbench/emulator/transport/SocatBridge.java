package org.scatterbench.emulator.transport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code socat} child that owns a pseudo-terminal, makes {@code link} a symlink to the end a host
 * opens, and connects it to a loopback TCP port once the host has opened it ({@code wait-slave}).
 * Its options are chosen once, here: raw mode without echo, a 0.1 s linger after one side ends, and
 * a 10 ms check for the host's open (socat's default of a second delays every session).
 */
public final class SocatBridge {

    private static final long POLL_MILLIS = 10;

    private SocatBridge() {
    }

    /** Starts socat; fails with a message naming {@code link} when socat cannot be run. */
    public static Process start(Path link, int port) throws IOException {
        List<String> cmd = List.of("socat", "-t", "0.1", "pty,raw,echo=0,wait-slave,pty-interval=0.01,link=" + link,
                "tcp:127.0.0.1:" + port + ",nodelay");
        try {
            return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            throw new IOException("cannot start socat for the pty " + link + " (is socat installed?): "
                    + e.getMessage(), e);
        }
    }

    /** Waits until {@code socat} has made {@code link}; fails if it ends first or takes longer than {@code millis}. */
    public static void awaitLink(Process socat, Path link, long millis) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (!Files.exists(link, LinkOption.NOFOLLOW_LINKS)) {
            if (!socat.isAlive()) {
                throw new IOException("socat ended (exit " + socat.exitValue() + ") before creating " + link);
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("socat did not create " + link + " within " + millis + " ms");
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for " + link);
            }
        }
    }
}
