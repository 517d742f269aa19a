package org.scatterbench.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.stream.InMemoryPipe;

/** The individual measurements; each returns MiB/s or seconds of one run. */
final class Figures {

    static final int CHUNK = 1 << 20;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Figures() {
    }

    /** Engine write of {@code image} to the phone (DA protocol, acks, checksums), bring-up excluded. */
    static double engineWrite(BenchPhone p, Path image, long bytes) throws Exception {
        try (DeviceSession s = p.connect()) {
            long t0 = System.nanoTime();
            try (InputStream in = Files.newInputStream(image)) {
                s.da().write(new ByteRange(Region.EMMC_USER, BenchPhone.OFFSET, bytes), in, n -> { });
            }
            double r = mibs(bytes, System.nanoTime() - t0);
            s.finish(EndAction.NONE);
            p.storage.journal().clear();
            return r;
        }
    }

    /** Engine read of {@code bytes} from the phone, discarded on arrival. */
    static double engineRead(BenchPhone p, long bytes) throws Exception {
        try (DeviceSession s = p.connect()) {
            long t0 = System.nanoTime();
            s.da().read(new ByteRange(Region.EMMC_USER, BenchPhone.OFFSET, bytes), OutputStream.nullOutputStream(),
                    n -> { });
            double r = mibs(bytes, System.nanoTime() - t0);
            s.finish(EndAction.NONE);
            return r;
        }
    }

    /**
     * The baseline: the same file read the same way, pushed over a line of the same kind in the
     * same chunks, and written by the far end into the same disk file at the same offset; no
     * framing, acks or checksums.
     */
    static double rawPush(BenchPhone.Line kind, BenchPhone p, Path image, long bytes) throws Exception {
        if (kind == BenchPhone.Line.PIPE) {
            InMemoryPipe pipe = InMemoryPipe.open("raw-host", "raw-sink");
            return push(pipe.a(), TransportStreams.in(pipe.b()), TransportStreams.out(pipe.b()), p.disk, image, bytes);
        }
        try (java.net.ServerSocket server = new java.net.ServerSocket()) {
            server.bind(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0));
            java.net.Socket[] far = new java.net.Socket[1];
            Thread accept = new Thread(() -> {
                try {
                    far[0] = server.accept();
                    far[0].setTcpNoDelay(true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            accept.start();
            try (org.scatterbench.transport.registry.TransportRegistry reg =
                    org.scatterbench.transport.registry.TransportRegistry.builtin()) {
                Transport host = reg.open("tcp://127.0.0.1:" + server.getLocalPort(),
                        org.scatterbench.transport.TransportOptions.defaults());
                accept.join();
                try (java.net.Socket s = far[0]) {
                    // the far end reads plain socket streams, as the virtual phone does
                    return push(host, s.getInputStream(), s.getOutputStream(), p.disk, image, bytes);
                }
            }
        }
    }

    private static double push(Transport host, InputStream farIn, OutputStream farOut, Path disk, Path image, long bytes)
            throws Exception {
        Throwable[] failure = new Throwable[1];
        Thread sink = new Thread(() -> {
            byte[] buf = new byte[CHUNK];
            try (RandomAccessFile f = new RandomAccessFile(disk.toFile(), "rw")) {
                long at = 0;
                while (at < bytes) {
                    int want = (int) Math.min(CHUNK, bytes - at);
                    if (farIn.readNBytes(buf, 0, want) != want) {
                        throw new IOException("the line ended early");
                    }
                    f.seek(BenchPhone.OFFSET + at);
                    f.write(buf, 0, want);
                    at += want;
                }
                farOut.write(1);
                farOut.flush();
            } catch (IOException | RuntimeException e) {
                failure[0] = e;
            }
        }, "raw-push-sink");
        long t0 = System.nanoTime();
        sink.start();
        byte[] buf = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(image)) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                host.write(buf, 0, n);
            }
            host.readFully(1, PATIENCE);
        } catch (DisconnectedException e) {
            // reported through failure below
        }
        sink.join();
        long nanos = System.nanoTime() - t0;
        host.close();
        if (failure[0] != null) {
            throw new IOException("raw push failed: " + failure[0], failure[0]);
        }
        return mibs(bytes, nanos);
    }

    static Path payload(Path dir, long bytes) throws IOException {
        Path file = dir.resolve("payload-" + bytes + ".img");
        byte[] chunk = new byte[CHUNK];
        new Random(7).nextBytes(chunk);
        try (OutputStream o = Files.newOutputStream(file)) {
            for (long done = 0; done < bytes; done += CHUNK) {
                o.write(chunk, 0, (int) Math.min(CHUNK, bytes - done));
            }
        }
        return file;
    }

    static double mibs(long bytes, long nanos) {
        return bytes / (double) (1 << 20) / (nanos / 1e9);
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
