package org.scatterbench.transport.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.transport.tcp.TcpTransport;

/**
 * Raw throughput of the TCP and pty transports: one side writes N MiB in fixed-size chunks, the other
 * reads until it has them all; the figure is the median of three runs. Both ends are our own
 * transports (the pty ends are opened through the registry's serial driver, socat relays between
 * them), so the number includes their overhead. Prints {@code name: value unit} lines.
 */
public final class TransportBenchmark {

    private static final int MIB = 1 << 20;
    private static final int[] CHUNKS = { 64 * 1024, 256 * 1024, MIB };
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);

    private TransportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(args.length > 0 && args[0].equals("--quick"), System.out);
    }

    public static void run(boolean quick, PrintStream out) throws IOException, InterruptedException {
        int tcpMiB = quick ? 16 : 128;
        int ptyMiB = quick ? 4 : 32;
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "transport benchmark");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int chunk : CHUNKS) {
                double mibs = median(() -> tcpRun(pool, tcpMiB, chunk));
                out.println(String.format(Locale.ROOT, "transport.tcp.loopback.%dk: %.1f MiB/s", chunk / 1024, mibs));
            }
            try (TransportRegistry registry = TransportRegistry.standard()) {
                for (int chunk : CHUNKS) {
                    double mibs = median(() -> ptyRun(pool, registry, ptyMiB, chunk));
                    out.println(String.format(Locale.ROOT, "transport.pty.socat.%dk: %.1f MiB/s", chunk / 1024, mibs));
                }
            } catch (IOException e) {
                out.println("transport.pty.socat: skipped (" + e.getMessage() + ")");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @FunctionalInterface
    private interface Run {
        double mibPerSecond() throws IOException, InterruptedException;
    }

    private static double median(Run run) throws IOException, InterruptedException {
        List<Double> r = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            r.add(run.mibPerSecond());
        }
        Collections.sort(r);
        return r.get(1);
    }

    private static double tcpRun(ExecutorService pool, int mib, int chunk) throws IOException, InterruptedException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String spec = "tcp://127.0.0.1:" + server.getLocalPort();
            Future<Socket> accepted = pool.submit(server::accept);
            try (Transport client = new org.scatterbench.transport.tcp.TcpTransportDriver().open(spec,
                    TransportOptions.defaults());
                    Transport peer = TcpTransport.over(get(accepted), TransportDescription.of("tcp", "bench peer"))) {
                return transfer(pool, client, peer, mib, chunk);
            }
        }
    }

    private static double ptyRun(ExecutorService pool, TransportRegistry registry, int mib, int chunk)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("scatterbench-bench");
        try (SocatPty pty = SocatPty.start(dir, Duration.ofSeconds(10));
                Transport a = registry.open(pty.a().toString(), TransportOptions.defaults());
                Transport b = registry.open(pty.b().toString(), TransportOptions.defaults())) {
            return transfer(pool, a, b, mib, chunk);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static double transfer(ExecutorService pool, Transport writer, Transport reader, int mib, int chunk)
            throws IOException, InterruptedException {
        long total = (long) mib * MIB;
        byte[] data = new byte[chunk];
        for (int i = 0; i < chunk; i++) {
            data[i] = (byte) (i * 31 + 7);
        }
        long start = System.nanoTime();
        Future<Void> sent = pool.submit(() -> {
            for (long done = 0; done < total; done += chunk) {
                writer.write(data, 0, (int) Math.min(chunk, total - done));
            }
            return null;
        });
        byte[] in = new byte[chunk];
        long received = 0;
        while (received < total) {
            received += reader.read(in, 0, (int) Math.min(in.length, total - received), READ_TIMEOUT);
        }
        get(sent);
        double seconds = (System.nanoTime() - start) / 1e9;
        return total / (double) MIB / seconds;
    }

    private static <T> T get(Future<T> f) throws IOException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            throw c instanceof IOException io ? io : new IOException(c);
        }
    }
}
