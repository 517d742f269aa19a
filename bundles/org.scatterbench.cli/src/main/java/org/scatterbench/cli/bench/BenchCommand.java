package org.scatterbench.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.scatterbench.cli.CliException;
import org.scatterbench.image.bench.ImageBenchmark;
import org.scatterbench.scatter.bench.ScatterBenchmark;
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

    static final long MIB = 1 << 20;

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small sizes (well under 2 minutes) instead of 1 GiB / 4 GiB.")
    boolean quick;

    @Option(names = "--only", split = ",", paramLabel = "GROUP",
            description = "Run only these groups: ${COMPLETION-CANDIDATES} (default: all).")
    EnumSet<Group> only = EnumSet.allOf(Group.class);

    /** The figures, in the order they are measured. */
    enum Group {
        ratio, pty, heap, parallel, image, transport, scatter
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("scatterbench-bench");
            checkSpace(dir);
            long bytes = quick ? 64 * MIB : 1024 * MIB;
            if (only.contains(Group.ratio)) {
                Path g = group(dir, Group.ratio);
                Path image = Figures.payload(g, bytes);
                for (BenchPhone.Line line : List.of(BenchPhone.Line.PIPE, BenchPhone.Line.TCP)) {
                    writeRatio(out, g, line, image, bytes);
                }
                delete(g);
            }
            if (only.contains(Group.pty)) {
                Path g = group(dir, Group.pty);
                pty(out, g, quick ? 8 * MIB : 64 * MIB);
                delete(g);
            }
            if (only.contains(Group.heap)) {
                Path g = group(dir, Group.heap);
                HeapBench.run(out, g, quick ? 512 * MIB : 4096 * MIB);
                delete(g);
            }
            if (only.contains(Group.parallel)) {
                Path g = group(dir, Group.parallel);
                ParallelBench.run(out, g, quick ? 32 * MIB : 256 * MIB);
                delete(g);
            }
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
            if (only.contains(Group.image)) {
                ImageBenchmark.run(quick, ps);
            }
            if (only.contains(Group.transport)) {
                TransportBenchmark.run(quick, ps);
            }
            if (only.contains(Group.scatter)) {
                ScatterBenchmark.run(quick, ps);
            }
            out.print(buf.toString(StandardCharsets.UTF_8));
            out.flush();
        } catch (CliException e) {
            throw e;
        } catch (Exception e) {
            // the phone's own words when it failed (a full disk, say), not an exception class name
            throw new CliException(1, "benchmark failed: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
        } finally {
            delete(dir);
        }
    }

    /**
     * The largest group (ratio) keeps a 1 GiB image and the phone's 1 GiB of written flash at once;
     * each group's files go when it ends. A full disk would surface as a failed write on the phone,
     * so say so before starting.
     */
    private void checkSpace(Path dir) throws java.io.IOException {
        long need = quick ? 256 * MIB : 2560 * MIB;
        long free = Files.getFileStore(dir).getUsableSpace();
        if (free < need) {
            throw new CliException(1, String.format(Locale.ROOT, "the benchmark needs %d MiB free in %s; only %d MiB"
                    + " are free (set TMPDIR to a folder with more room)", need / MIB, dir.getParent(),
                    free / MIB));
        }
    }

    private static Path group(Path dir, Group g) throws java.io.IOException {
        return Files.createDirectory(dir.resolve(g.name()));
    }

    private static void writeRatio(PrintWriter out, Path dir, BenchPhone.Line line, Path image, long bytes)
            throws Exception {
        String n = line.name().toLowerCase(Locale.ROOT);
        List<Figures.Run> engine = new ArrayList<>();
        List<Figures.Run> raw = new ArrayList<>();
        try (BenchPhone p = BenchPhone.start(dir, "ratio-" + n, BenchPhone.OFFSET + bytes + 16 * MIB, line)) {
            warmUp(p, line, dir, image, bytes);
            for (int i = 0; i < 3; i++) {
                engine.add(Figures.engineWrite(p, image, bytes));
                raw.add(Figures.rawPush(line, p, dir, image, bytes));
            }
        }
        printRatio(out, n, engine, raw);
    }

    /**
     * One untimed run of each side first: it compiles both paths and gives the image file its
     * blocks, so that neither side's first timed run pays for what the other's did not.
     */
    private static void warmUp(BenchPhone p, BenchPhone.Line line, Path dir, Path image, long bytes) throws Exception {
        Figures.engineWrite(p, image, bytes);
        Figures.rawPush(line, p, dir, image, bytes);
    }

    /**
     * The rates are medians of their runs. The ratio is the median of each engine run over the raw
     * run made right after it: on a shared machine the speed of both drifts by a third within a
     * minute, and a pair sees the same drift, where two separate medians may come from different
     * moments. Its lowest and highest pair are printed too, so the spread is in plain sight.
     */
    private static void printRatio(PrintWriter out, String n, List<Figures.Run> engine, List<Figures.Run> raw) {
        Figures.Run e = Figures.median(engine);
        Figures.Run r = Figures.median(raw);
        double[] pairs = new double[engine.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = engine.get(i).mibPerSecond() / raw.get(i).mibPerSecond();
        }
        line(out, "write_mib_s_engine_" + n, e.mibPerSecond(), "MiB/s");
        line(out, "write_mib_s_raw_" + n, r.mibPerSecond(), "MiB/s");
        line(out, "write_cpu_ms_per_mib_engine_" + n, e.cpuMsPerMib(), "ms");
        line(out, "write_cpu_ms_per_mib_raw_" + n, r.cpuMsPerMib(), "ms");
        line(out, "write_ratio_" + n, Figures.median(pairs), "");
        line(out, "write_ratio_" + n + "_lowest_pair", Arrays.stream(pairs).min().orElseThrow(), "");
        line(out, "write_ratio_" + n + "_highest_pair", Arrays.stream(pairs).max().orElseThrow(), "");
    }

    /** Engine write and read over the emulator's socat pty, and the raw push over the same kind of pty. */
    private static void pty(PrintWriter out, Path dir, long bytes) throws Exception {
        Path image = Figures.payload(dir, bytes);
        try (BenchPhone p = BenchPhone.start(dir, "pty", BenchPhone.OFFSET + bytes + 16 * MIB, BenchPhone.Line.PTY)) {
            warmUp(p, BenchPhone.Line.PTY, dir, image, bytes);
            List<Figures.Run> w = new ArrayList<>();
            List<Figures.Run> raw = new ArrayList<>();
            double[] r = new double[3];
            for (int i = 0; i < 3; i++) {
                w.add(Figures.engineWrite(p, image, bytes));
                raw.add(Figures.rawPush(BenchPhone.Line.PTY, p, dir, image, bytes));
                r[i] = Figures.engineRead(p, bytes);
            }
            line(out, "write_mib_s_pty", Figures.median(w).mibPerSecond(), "MiB/s");
            line(out, "read_mib_s_pty", Figures.median(r), "MiB/s");
            printRatio(out, "pty", w, raw);
        } catch (java.io.IOException e) {
            out.println("write_mib_s_pty: not measured (" + e.getMessage() + ")");
            out.println("read_mib_s_pty: not measured (" + e.getMessage() + ")");
        }
        out.flush();
    }

    static void line(PrintWriter out, String name, double v, String unit) {
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
