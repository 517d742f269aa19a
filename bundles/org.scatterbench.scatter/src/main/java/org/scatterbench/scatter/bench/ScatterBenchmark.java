package org.scatterbench.scatter.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;
import org.scatterbench.scatter.ScatterValidator;

/**
 * Measures parse + validate over the shared scatter corpus and over a synthetic 500-partition
 * file. Prints {@code name: value unit} lines, each the median of several runs after warm-up.
 * The corpus is found through {@code -Dscatterbench.shared} or by walking up to {@code shared/corpus}.
 */
public final class ScatterBenchmark {

    private ScatterBenchmark() {
    }

    public static void run(boolean quick, PrintStream out) {
        int warmup = quick ? 3 : 20;
        int runs = quick ? 5 : 21;
        List<byte[]> corpus = corpus();
        if (corpus.isEmpty()) {
            out.println("scatter.corpus: not found (set -Dscatterbench.shared to the shared folder)");
        } else {
            double[] t = median(warmup, runs, () -> {
                for (byte[] b : corpus) {
                    parseAndValidate(b);
                }
            });
            out.println("scatter.corpus.files: " + corpus.size() + " files");
            print(out, "scatter.corpus.parse_validate", t);
            out.println("scatter.corpus.throughput: " + fmt(corpus.size() / (t[0] / 1000.0)) + " files/s");
        }
        byte[] synthetic = SyntheticScatter.v1(500);
        print(out, "scatter.synthetic500.parse_validate", median(warmup, runs, () -> parseAndValidate(synthetic)));
        ScatterDocument doc = parse(synthetic);
        print(out, "scatter.synthetic500.write", median(warmup, runs, doc::toBytes));
        print(out, "scatter.synthetic500.edit_and_remap", median(warmup, runs, () -> {
            doc.setField(null, 250, "partition_size", "0x200000");
            doc.layout();
        }));
    }

    /** Wall time, then the thread's CPU time, which a busy machine disturbs far less. */
    private static void print(PrintStream out, String name, double[] wallAndCpu) {
        out.println(name + ": " + fmt(wallAndCpu[0]) + " ms");
        if (wallAndCpu[1] >= 0) {
            out.println(name + "_cpu: " + fmt(wallAndCpu[1]) + " ms");
        }
    }

    private static void parseAndValidate(byte[] b) {
        new ScatterValidator().validate(parse(b));
    }

    private static ScatterDocument parse(byte[] b) {
        try {
            return ScatterFiles.parse("bench", b);
        } catch (ScatterReadException e) {
            throw new IllegalStateException("benchmark input unreadable: " + e.getMessage(), e);
        }
    }

    /** Medians of wall and CPU milliseconds ({@code -1} CPU when the JVM cannot measure it). */
    private static double[] median(int warmup, int runs, Runnable task) {
        for (int i = 0; i < warmup; i++) {
            task.run();
        }
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        boolean cpu = mx.isCurrentThreadCpuTimeSupported();
        double[] wall = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long c0 = cpu ? mx.getCurrentThreadCpuTime() : 0;
            long t0 = System.nanoTime();
            task.run();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpuMs[i] = cpu ? (mx.getCurrentThreadCpuTime() - c0) / 1e6 : -1;
        }
        Arrays.sort(wall);
        Arrays.sort(cpuMs);
        return new double[] { wall[runs / 2], cpuMs[runs / 2] };
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }

    /** The corpus files that parse (the benchmark measures reading, not refusing). */
    private static List<byte[]> corpus() {
        Path dir = sharedCorpus();
        List<byte[]> files = new ArrayList<>();
        if (dir == null) {
            return files;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".tsv"))
                    .filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().collect(Collectors.toList())) {
                byte[] b = Files.readAllBytes(p);
                try {
                    ScatterFiles.parse(p.toString(), b);
                    files.add(b);
                } catch (ScatterReadException e) {
                    // not a scatter: not part of what is measured
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Path sharedCorpus() {
        String prop = System.getProperty("scatterbench.shared");
        if (prop != null) {
            Path p = Paths.get(prop).resolve("corpus/scatter");
            return Files.isDirectory(p) ? p : null;
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/corpus/scatter"))) {
                return d.resolve("shared/corpus/scatter");
            }
        }
        return null;
    }
}
