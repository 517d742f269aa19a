package org.scatterbench.cli.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

import org.scatterbench.cli.CliException;
import org.scatterbench.image.bench.ImageBenchmark;
import org.scatterbench.transport.bench.TransportBenchmark;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench [--quick]}: the figures of docs/BENCHMARKS.md, one {@code name: value unit} line each. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = { "Measure write ratios, image streaming and transport rates; one 'name: value unit' line per"
                + " figure.", "Exit codes: 0 measured, 1 a benchmark could not run." })
public final class BenchCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--quick", description = "Small sizes (under 2 minutes) instead of 1 GiB / 4 GiB.")
    boolean quick;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = null;
        try {
            dir = Files.createTempDirectory("scatterbench-bench");
            long bytes = quick ? 64L << 20 : 1L << 30;
            double[] tcp = WriteRatio.tcp(dir, bytes);
            line(out, "write_mib_s_engine_tcp", tcp[0], "MiB/s");
            line(out, "write_mib_s_raw_tcp", tcp[1], "MiB/s");
            line(out, "write_ratio_tcp", tcp[0] / tcp[1], "");
            out.println("write_ratio_pipe: not measured (no raw in-memory push baseline yet)");
            out.flush();
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
            ImageBenchmark.run(quick, ps);
            TransportBenchmark.run(quick, ps);
            out.print(buf.toString(StandardCharsets.UTF_8));
            out.println("scatter benchmark: " + optional("org.scatterbench.scatter.bench.ScatterBenchmark", quick));
            out.flush();
        } catch (Exception e) {
            throw new CliException(1, "benchmark failed: " + e);
        } finally {
            delete(dir);
        }
    }

    /** Runs an optional benchmark class's {@code run(boolean, PrintStream)} when it is on the class path. */
    private String optional(String className, boolean q) {
        try {
            Class<?> c = Class.forName(className);
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            c.getMethod("run", boolean.class, PrintStream.class).invoke(null, q,
                    new PrintStream(buf, true, StandardCharsets.UTF_8));
            return "\n" + buf.toString(StandardCharsets.UTF_8).strip();
        } catch (ClassNotFoundException e) {
            return "not available";
        } catch (ReflectiveOperationException e) {
            return "failed: " + e.getCause();
        }
    }

    private static void line(PrintWriter out, String name, double v, String unit) {
        out.println(String.format(Locale.ROOT, "%s: %.3f%s", name, v, unit.isEmpty() ? "" : " " + unit));
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
