package org.scatterbench.cli.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.multi.DeviceResult;
import org.scatterbench.flash.multi.MultiDeviceRun;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/** parallel_4_speedup: four phones written at once, one job each, against one phone alone. */
final class ParallelBench {

    private static final long MIB = BenchCommand.MIB;

    private ParallelBench() {
    }

    /** Four phones on loopback TCP written at once, each by its own job, against one phone alone. */
    static void run(PrintWriter out, Path dir, long bytes) throws Exception {
        Path image = Figures.payload(dir, bytes);
        List<BenchPhone> phones = new ArrayList<>();
        try {
            for (int i = 0; i < 4; i++) {
                phones.add(BenchPhone.start(dir, "par" + i, BenchPhone.OFFSET + bytes + 16 * MIB, BenchPhone.Line.TCP));
            }
            double one = flashAll(phones.subList(0, 1), image, bytes);
            double four = flashAll(phones, image, bytes);
            BenchCommand.line(out, "parallel_1_seconds", one, "s");
            BenchCommand.line(out, "parallel_4_seconds", four, "s");
            BenchCommand.line(out, "parallel_4_speedup", 4 * one / four, "");
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
}
