package org.scatterbench.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.cli.CliException;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.flash.multi.DeviceResult;
import org.scatterbench.flash.multi.MultiDeviceRun;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.flash.report.RecordedPlanRunner;
import org.scatterbench.flash.report.RecordingObserver;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.image.bench.ImageBenchmark;
import org.scatterbench.image.sparse.SparseImageWriter;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;
import org.scatterbench.transport.bench.TransportBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench [--quick]}: the figures of docs/BENCHMARKS.md, one {@code name: value unit} line each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Measure write ratios, pty rates, image streaming, heap and parallel speed-up; one"
                + " 'name: value unit' line per figure.", "Exit codes: 0 measured, 1 a benchmark could not run." })
public final class BenchCommand implements Runnable {

    private static final long MIB = 1 << 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small sizes (well under 2 minutes) instead of 1 GiB / 4 GiB.")
    boolean quick;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("scatterbench-bench");
            long bytes = quick ? 64 * MIB : 1024 * MIB;
            Path image = Figures.payload(dir, bytes);
            for (BenchPhone.Line line : List.of(BenchPhone.Line.PIPE, BenchPhone.Line.TCP)) {
                writeRatio(out, dir, line, image, bytes);
            }
            pty(out, dir, quick ? 8 * MIB : 64 * MIB);
            heap(out, dir, quick ? 512 * MIB : 4096 * MIB);
            parallel(out, dir, quick ? 32 * MIB : 256 * MIB);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
            ImageBenchmark.run(quick, ps);
            TransportBenchmark.run(quick, ps);
            out.print(buf.toString(StandardCharsets.UTF_8));
            out.println(optional("org.scatterbench.scatter.bench.ScatterBenchmark", quick));
            out.flush();
        } catch (Exception e) {
            throw new CliException(1, "benchmark failed: " + e);
        } finally {
            delete(dir);
        }
    }

    private static void writeRatio(PrintWriter out, Path dir, BenchPhone.Line line, Path image, long bytes)
            throws Exception {
        String n = line.name().toLowerCase(Locale.ROOT);
        double[] engine = new double[3];
        double[] raw = new double[3];
        try (BenchPhone p = BenchPhone.start(dir, "ratio-" + n, BenchPhone.OFFSET + bytes + 16 * MIB, line)) {
            for (int i = 0; i < 3; i++) {
                engine[i] = Figures.engineWrite(p, image, bytes);
                raw[i] = Figures.rawPush(line, p, image, bytes);
            }
        }
        double e = Figures.median(engine);
        double r = Figures.median(raw);
        line(out, "write_mib_s_engine_" + n, e, "MiB/s");
        line(out, "write_mib_s_raw_" + n, r, "MiB/s");
        line(out, "write_ratio_" + n, e / r, "");
    }

    private static void pty(PrintWriter out, Path dir, long bytes) throws Exception {
        Path image = Figures.payload(dir, bytes);
        try (BenchPhone p = BenchPhone.start(dir, "pty", BenchPhone.OFFSET + bytes + 16 * MIB, BenchPhone.Line.PTY)) {
            double[] w = new double[3];
            double[] r = new double[3];
            for (int i = 0; i < 3; i++) {
                w[i] = Figures.engineWrite(p, image, bytes);
                r[i] = Figures.engineRead(p, bytes);
            }
            line(out, "write_mib_s_pty", Figures.median(w), "MiB/s");
            line(out, "read_mib_s_pty", Figures.median(r), "MiB/s");
        } catch (java.io.IOException e) {
            out.println("write_mib_s_pty: not measured (" + e.getMessage() + ")");
            out.println("read_mib_s_pty: not measured (" + e.getMessage() + ")");
        }
        out.flush();
    }

    /** Flashes a sparse image of {@code expanded} bytes (1/16 data) through the engine over a pipe. */
    private static void heap(PrintWriter out, Path dir, long expanded) throws Exception {
        Path sparse = dir.resolve("heap-sparse.img");
        byte[] data = new byte[(int) MIB];
        new Random(11).nextBytes(data);
        try (SparseImageWriter w = SparseImageWriter.create(sparse, 4096, false)) {
            for (long at = 0; at < expanded; at += 16 * MIB) {
                w.raw(ByteBuffer.wrap(data));
                w.dontCare(15 * MIB / 4096);
            }
        }
        try (BenchPhone p = BenchPhone.start(dir, "heap", BenchPhone.OFFSET + expanded + 16 * MIB,
                BenchPhone.Line.PIPE); DeviceSession s = p.connect()) {
            ByteRange range = new ByteRange(Region.EMMC_USER, BenchPhone.OFFSET, expanded);
            RunRecorder rec = new RunRecorder("bench", org.scatterbench.flash.report.DeviceIdentity.of(s));
            double peak;
            long t0 = System.nanoTime();
            try (HeapProbe probe = new HeapProbe()) {
                new RecordedPlanRunner(s.da(), new WriteFence(List.of(range)), false, new RecordingObserver(rec))
                        .run(List.of(PlanStep.write("system", range, sparse, "bench")), new NullProgressMonitor());
                peak = probe.peakMib();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            s.finish(EndAction.NONE);
            line(out, "peak_heap_mib", peak, "MiB");
            line(out, "heap_flash_expanded_gib", expanded / (double) (1L << 30), "GiB in " + String.format(Locale.ROOT,
                    "%.1f s", secs));
        }
        out.flush();
    }

    /** Four phones on loopback TCP written at once, each by its own job, against one phone alone. */
    private static void parallel(PrintWriter out, Path dir, long bytes) throws Exception {
        Path image = Figures.payload(dir, bytes);
        List<BenchPhone> phones = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                phones.add(BenchPhone.start(dir, "par" + i, BenchPhone.OFFSET + bytes + 16 * MIB, BenchPhone.Line.TCP));
            }
            double one = flashAll(phones.subList(0, 1), image, bytes);
            double four = flashAll(phones, image, bytes);
            line(out, "parallel_1_seconds", one, "s");
            line(out, "parallel_4_seconds", four, "s");
            line(out, "parallel_4_speedup", 4 * one / four, "");
        } finally {
            for (BenchPhone p : phones) {
                p.close();
            }
        }
        out.flush();
    }

    private static double flashAll(List<BenchPhone> phones, Path image, long bytes) throws Exception {
        List<String> ports = phones.stream().map(BenchPhone::address).toList();
        MultiDeviceRun run = new MultiDeviceRun(port -> phones.get(ports.indexOf(port)).open(),
                SessionOptions.of(BenchPhone.da()), ChipRegistry.load(), null);
        long t0 = System.nanoTime();
        List<DeviceResult> results = run.run(ports, "bench", (s, rec, m) -> {
            try (var in = Files.newInputStream(image)) {
                s.da().write(new ByteRange(Region.EMMC_USER, BenchPhone.OFFSET, bytes), in, n -> { });
            }
            s.finish(EndAction.NONE);
            return RunStatus.SUCCEEDED;
        }, new NullProgressMonitor());
        double secs = (System.nanoTime() - t0) / 1e9;
        for (DeviceResult r : results) {
            if (!r.ok()) {
                throw new IllegalStateException(r.port() + ": " + r.report().error());
            }
        }
        return secs;
    }

    /** Runs an optional benchmark class's {@code run(boolean, PrintStream)} when it is on the class path. */
    private static String optional(String className, boolean q) {
        try {
            Class<?> c = Class.forName(className);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            c.getMethod("run", boolean.class, PrintStream.class).invoke(null, q,
                    new PrintStream(buf, true, StandardCharsets.UTF_8));
            return buf.toString(StandardCharsets.UTF_8).strip();
        } catch (ClassNotFoundException e) {
            return "scatter_benchmark: not available (" + className + " is not on the class path)";
        } catch (ReflectiveOperationException e) {
            return "scatter_benchmark: failed (" + e.getCause() + ")";
        }
    }

    private static void line(PrintWriter out, String name, double v, String unit) {
        out.println(String.format(Locale.ROOT, "%s: %.3f%s", name, v, unit.isEmpty() ? "" : " " + unit));
        out.flush();
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // temp files only
        }
    }
}
