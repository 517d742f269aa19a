package org.scatterbench.transport.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Two pseudo-terminals joined by {@code socat}, as the serial tests, the benchmark and the emulator's
 * pty mode need: bytes written to {@link #a()} come out of {@link #b()} and back. The links are
 * created inside a directory of the caller's choice; {@link #start} returns once both exist.
 */
public final class SocatPty implements AutoCloseable {

    private final Process process;
    private final Path a;
    private final Path b;

    private SocatPty(Process process, Path a, Path b) {
        this.process = process;
        this.a = a;
        this.b = b;
    }

    /**
     * Starts socat and polls the file system until both links exist.
     *
     * @throws IOException when socat is missing, exits, or the links do not appear within {@code timeout}
     */
    public static SocatPty start(Path dir, Duration timeout) throws IOException, InterruptedException {
        Path a = dir.resolve("ptyA");
        Path b = dir.resolve("ptyB");
        ProcessBuilder pb = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a,
                "pty,raw,echo=0,link=" + b);
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("socat.log").toFile());
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new IOException("cannot run socat (install it: apt-get install socat): " + e.getMessage(), e);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!p.isAlive()) {
                throw new IOException("socat exited with code " + p.exitValue() + ": " + log(dir));
            }
            if (System.nanoTime() > deadline) {
                p.destroyForcibly();
                throw new IOException("socat did not create " + a + " and " + b + " within " + timeout.toMillis() + " ms");
            }
            // polling the file system: socat gives no other sign that the links are ready
            p.waitFor(5, TimeUnit.MILLISECONDS);
        }
        return new SocatPty(p, a, b);
    }

    private static String log(Path dir) {
        try (InputStream in = Files.newInputStream(dir.resolve("socat.log"))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return "(no log)";
        }
    }

    public Path a() {
        return a;
    }

    public Path b() {
        return b;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Ends socat: both ptys hang up, which open transports see as a disconnection. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
