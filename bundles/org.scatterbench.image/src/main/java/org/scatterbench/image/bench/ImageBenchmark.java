package org.scatterbench.image.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import org.scatterbench.image.ImageExpander;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.sparse.SparseImageWriter;

/**
 * How fast images stream to a sink: a raw image, and sparse images of one expanded size with
 * different fractions of data. Each figure is the median of 3 runs of "open the image, expand it
 * into a fresh temp file through a 1 MiB buffer, force nothing to disk" (so the figures measure the
 * image code and the page cache, not the disk). Sparse time should follow the data, not the
 * expanded size: {@code sparse_seconds_per_data_gib} close to {@code raw_seconds_per_gib}.
 */
public final class ImageBenchmark {

    private static final double GIB = 1024.0 * 1024 * 1024;
    private static final int MIB = 1 << 20;
    private static final int BLOCK = 4096;
    private static final int RUNS = 3;
    /** Data fractions of the sparse images; data comes as 1 MiB RAW chunks spread evenly. */
    private static final int[] DATA_SIXTEENTHS = { 1, 2, 4 };

    private ImageBenchmark() {
    }

    /** Prints the figures to {@code out}; with {@code quick} the whole run stays well under 20 s. */
    public static void run(boolean quick, PrintStream out) {
        run(quick ? 256L * MIB : 1024L * MIB, quick ? 1024L * MIB : 4096L * MIB, out);
    }

    /**
     * The same figures for a raw image of {@code rawBytes} and sparse images expanding to
     * {@code sparseExpanded}; both whole MiB, the sparse size at least 16 MiB.
     */
    static void run(long rawBytes, long sparseExpanded, PrintStream out) {
        if (rawBytes < MIB || rawBytes % MIB != 0 || sparseExpanded < 16L * MIB || sparseExpanded % MIB != 0) {
            throw new IllegalArgumentException("benchmark sizes must be whole MiB, sparse at least 16 MiB");
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("scatterbench-image-bench");
            ByteBuffer buffer = ByteBuffer.allocateDirect(MIB);
            byte[] payload = new byte[MIB];
            new Random(20261126L).nextBytes(payload);

            Path raw = writeRaw(dir.resolve("raw.img"), rawBytes, payload);
            double rawSeconds = medianExpandSeconds(raw, dir, buffer);
            out.printf(Locale.ROOT, "raw_seconds_per_gib: %.3f s%n", rawSeconds / (rawBytes / GIB));
            out.printf(Locale.ROOT, "raw_mib_per_s: %.1f MiB/s%n", rawBytes / (double) MIB / rawSeconds);
            Files.delete(raw);

            double[] perDataGib = new double[DATA_SIXTEENTHS.length];
            for (int i = 0; i < DATA_SIXTEENTHS.length; i++) {
                int sixteenths = DATA_SIXTEENTHS[i];
                Path sparse = writeSparse(dir.resolve("sparse-" + sixteenths + ".img"), sparseExpanded, sixteenths,
                        payload);
                long data = ImageSource.open(sparse).totals().dataBytes();
                double seconds = medianExpandSeconds(sparse, dir, buffer);
                perDataGib[i] = seconds / (data / GIB);
                String tag = "data_" + (100 * sixteenths / 16) + "pct";
                out.printf(Locale.ROOT, "sparse_seconds_%s_of_%dmib: %.3f s%n", tag, sparseExpanded / MIB, seconds);
                out.printf(Locale.ROOT, "sparse_seconds_per_data_gib_%s: %.3f s%n", tag, perDataGib[i]);
                Files.delete(sparse);
            }
            out.printf(Locale.ROOT, "sparse_seconds_per_data_gib: %.3f s%n", median(perDataGib));
        } catch (IOException e) {
            throw new UncheckedIOException("image benchmark failed: " + e.getMessage(), e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static double medianExpandSeconds(Path image, Path dir, ByteBuffer buffer) throws IOException {
        double[] seconds = new double[RUNS];
        for (int r = 0; r < RUNS; r++) {
            Path sink = dir.resolve("sink.bin");
            Files.deleteIfExists(sink);
            try (FileChannel ch = FileChannel.open(sink, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    StandardOpenOption.SPARSE)) {
                long t0 = System.nanoTime();
                ImageSource source = ImageSource.open(image);
                ImageExpander.expandTo(source, ch, 0, ImageExpander.DontCare.SKIP, buffer);
                seconds[r] = (System.nanoTime() - t0) / 1e9;
            }
            Files.delete(sink);
        }
        return median(seconds);
    }

    private static Path writeRaw(Path file, long size, byte[] payload) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            for (long done = 0; done < size; done += payload.length) {
                ByteBuffer b = ByteBuffer.wrap(payload);
                // Vary the bytes per MiB so no layer can shortcut identical pages.
                b.putLong(0, done);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
            }
        }
        return file;
    }

    /** Repeats "1 MiB RAW, then DONT_CARE" so that {@code sixteenths}/16 of the expanded bytes are data. */
    private static Path writeSparse(Path file, long expanded, int sixteenths, byte[] payload) throws IOException {
        long period = 16L * MIB / sixteenths;
        long skipBlocks = (period - MIB) / BLOCK;
        try (SparseImageWriter w = SparseImageWriter.create(file, BLOCK, false)) {
            for (long at = 0; at < expanded; at += period) {
                ByteBuffer.wrap(payload).putLong(0, at);
                w.raw(payload);
                if (skipBlocks > 0) {
                    w.dontCare(Math.min(skipBlocks, (expanded - at - MIB) / BLOCK));
                }
            }
        }
        return file;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temp dir is not worth failing a benchmark over.
        }
    }

    /** {@code java ... ImageBenchmark [--quick]}. */
    public static void main(String[] args) {
        run(args.length > 0 && args[0].equals("--quick"), System.out);
    }
}
