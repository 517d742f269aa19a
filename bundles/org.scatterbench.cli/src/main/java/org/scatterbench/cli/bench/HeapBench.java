package org.scatterbench.cli.bench;

import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.RecordedPlanRunner;
import org.scatterbench.flash.report.RecordingObserver;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.image.sparse.SparseImageWriter;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/** peak_heap_mib: the live heap while a large sparse image is flashed through the plan runner. */
final class HeapBench {

    private static final long MIB = BenchCommand.MIB;

    private HeapBench() {
    }

    /** Flashes a sparse image of {@code expanded} bytes (1/16 data) through the engine over a pipe. */
    static void run(PrintWriter out, Path dir, long expanded) throws Exception {
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
            RunRecorder rec = new RunRecorder("bench", DeviceIdentity.of(s));
            double peak;
            long t0 = System.nanoTime();
            try (HeapProbe probe = new HeapProbe()) {
                new RecordedPlanRunner(s.da(), new WriteFence(List.of(range)), false, new RecordingObserver(rec))
                        .run(List.of(PlanStep.write("system", range, sparse, "bench")), new NullProgressMonitor());
                peak = probe.peakMib();
            }
            double secs = (System.nanoTime() - t0) / 1e9;
            s.finish(EndAction.NONE);
            BenchCommand.line(out, "peak_heap_mib", peak, "MiB");
            BenchCommand.line(out, "heap_flash_expanded_gib", expanded / (double) (1L << 30), "GiB");
            BenchCommand.line(out, "heap_flash_seconds", secs, "s");
        }
        out.flush();
    }
}
