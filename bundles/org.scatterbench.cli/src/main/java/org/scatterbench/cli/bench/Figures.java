package org.scatterbench.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.scatterbench.emulator.storage.StorageArea;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;
import org.scatterbench.transport.DisconnectedException;

/** The individual measurements; each returns MiB/s or seconds of one run. */
final class Figures {

    static final int CHUNK = 1 << 20;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private Figures() {
    }

    /** One timed run: its rate, and the process CPU time it took per MiB (both ends, all threads). */
    record Run(double mibPerSecond, double cpuMsPerMib) {
    }

    /** Engine write of {@code image} to the phone (DA protocol, acks, checksums), bring-up excluded. */
    static Run engineWrite(BenchPhone p, Path image, long bytes) throws Exception {
        try (DeviceSession s = p.connect()) {
            Clock c = Clock.start();
            try (InputStream in = Files.newInputStream(image)) {
                s.da().write(new ByteRange(Region.EMMC_USER, BenchPhone.OFFSET, bytes), in, n -> { });
            }
            Run r = c.stop(bytes);
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
     * The baseline: the same file read the same way, pushed over a line of the same kind (opened
     * through the same transport driver) in the same chunks, and stored by the far end through the
     * phone's own user area (the same sink, the same image file, the same offset); no framing, acks
     * or checksums.
     */
    static Run rawPush(BenchPhone.Line kind, BenchPhone p, Path dir, Path image, long bytes) throws Exception {
        try (RawLine line = RawLine.open(kind, p.registry(), dir)) {
            Run r = push(line, p.storage.user(), image, bytes);
            p.storage.journal().clear();
            return r;
        }
    }

    private static Run push(RawLine line, StorageArea sinkArea, Path image, long bytes) throws Exception {
        Throwable[] failure = new Throwable[1];
        Thread sink = new Thread(() -> {
            byte[] buf = new byte[CHUNK];
            try {
                long at = 0;
                while (at < bytes) {
                    int want = (int) Math.min(CHUNK, bytes - at);
                    if (line.farIn().readNBytes(buf, 0, want) != want) {
                        throw new IOException("the line ended early");
                    }
                    sinkArea.write(BenchPhone.OFFSET + at, buf, 0, want);
                    at += want;
                }
                line.farOut().write(1);
                line.farOut().flush();
            } catch (IOException | RuntimeException e) {
                failure[0] = e;
            }
        }, "raw-push-sink");
        Clock c = Clock.start();
        sink.start();
        byte[] buf = new byte[CHUNK];
        try (InputStream in = Files.newInputStream(image)) {
            int n;
            while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                line.host().write(buf, 0, n);
            }
            line.host().readFully(1, PATIENCE);
        } catch (DisconnectedException e) {
            // reported through failure below
        }
        sink.join();
        Run r = c.stop(bytes);
        if (failure[0] != null) {
            throw new IOException("raw push failed: " + failure[0], failure[0]);
        }
        return r;
    }

    /** Wall time and this process's CPU time (whose resolution is the kernel's tick, 10 ms here). */
    private record Clock(long nanos, Duration cpu) {
        static Clock start() {
            return new Clock(System.nanoTime(), cpuTime());
        }

        Run stop(long bytes) {
            long wall = System.nanoTime() - nanos;
            double mib = bytes / (double) (1 << 20);
            return new Run(mibs(bytes, wall), (cpuTime().minus(cpu).toNanos() / 1e6) / mib);
        }

        private static Duration cpuTime() {
            return ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO);
        }
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

    static Run median(List<Run> runs) {
        double[] rate = runs.stream().mapToDouble(Run::mibPerSecond).toArray();
        double[] cpu = runs.stream().mapToDouble(Run::cpuMsPerMib).toArray();
        return new Run(median(rate), median(cpu));
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
