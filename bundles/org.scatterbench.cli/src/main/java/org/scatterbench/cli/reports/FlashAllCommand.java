package org.scatterbench.cli.reports;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.cli.CliException;
import org.scatterbench.cli.backup.CalibrationBackupOption;
import org.scatterbench.cli.backup.ReportsOption;
import org.scatterbench.cli.flash.DeviceOptions;
import org.scatterbench.cli.flash.RunFolder;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.multi.DeviceResult;
import org.scatterbench.flash.multi.EngineFlashWork;
import org.scatterbench.flash.report.ImageHashes;
import org.scatterbench.flash.multi.MultiDeviceRun;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flash-all --port P --port Q ... | --all}: the same ROM to several phones at once, each its
 * own job, plan and report. Each phone is planned against its own table; a refused plan or a
 * failure touches only that phone. Runs without asking (a service line has no one to answer).
 */
@Command(name = "flash-all", mixinStandardHelpOptions = true,
        description = { "Flash one ROM to several phones in parallel, one job and one report per phone.",
                "Exit codes: 0 every phone done, 1 at least one failed, 2 bad usage, 3 every failure was a refusal." })
public final class FlashAllCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    ReportsOption reports;

    @Mixin
    CalibrationBackupOption calibration;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Ports ports;

    /** Which phones. */
    static final class Ports {
        @Option(names = "--port", paramLabel = "P", description = "A phone's port; repeat for each phone.")
        List<String> list;

        @Option(names = "--all", description = "Every MediaTek port the transport drivers can see now.")
        boolean all;
    }

    @Option(names = "--da", required = true, paramLabel = "DA.bin", description = "Download Agent file.")
    Path da;

    @Option(names = "--scatter", required = true, paramLabel = "NEW", description = "The new ROM's scatter file.")
    Path scatter;

    @Option(names = "--rom", paramLabel = "DIR", description = "Folder with the images (default: the scatter's folder).")
    Path rom;

    @Option(names = "--mode", defaultValue = "keep-data", paramLabel = "MODE",
            description = "keep-data (default), download-only, firmware-upgrade or format-all.")
    String mode;

    @Option(names = "--verify", description = "Read every written image back and compare it.")
    boolean verify;

    @Option(names = "--timeout", defaultValue = "30", paramLabel = "SECONDS", description = "Silent-phone timeout, at least 1.")
    int timeout;

    @Option(names = "--run-dir", paramLabel = "DIR",
            description = "Where the plans' backups go, a folder per phone (default: scatterbench-runs/<time>).")
    Path runDir;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PlanMode planMode = PlanMode.parse(mode).orElseThrow(() -> new CliException(2, "unknown --mode '" + mode + "'"));
        DeviceOptions.positiveTimeout(timeout);
        if (!ports.all) {
            requireDistinct(ports.list);
        }
        // a folder per run, as for flash: a later run must never meet an earlier run's backups
        Path dir = runDir != null ? runDir : Path.of("scatterbench-runs",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        RunFolder.requireUsable(dir, "--run-dir");
        Layout next;
        DaFile daFile;
        try {
            next = ScatterFiles.layoutToFlash(scatter);
            daFile = DaFile.read(DeviceOptions.requireDaFile(da));
        } catch (ScatterReadException | DaFileException e) {
            throw new CliException(1, e.getMessage());
        }
        Path romDir = rom != null ? rom : scatter.toAbsolutePath().getParent();
        try (TransportRegistry registry = TransportRegistry.standard()) {
            List<String> targets = ports.all ? discover(registry) : ports.list;
            if (targets.isEmpty()) {
                throw new CliException(1, "no phone found; plug them in in download mode or name them with --port");
            }
            MultiDeviceRun run = new MultiDeviceRun(p -> registry.open(p, TransportOptions.defaults()),
                    SessionOptions.of(daFile).withReplyTimeout(Duration.ofSeconds(Math.max(1, timeout))),
                    ChipRegistry.load(), reports.store());
            EngineFlashWork work = new EngineFlashWork(next, romDir, planMode, Set.of(), verify, dir,
                    calibration.base(), new ImageHashes(), Clock.systemUTC());
            out.printf("Flashing %d phone%s, %s%s: %s%n", targets.size(), targets.size() == 1 ? "" : "s", mode,
                    verify ? ", every write read back" : "", String.join(", ", targets));
            out.flush();
            List<DeviceResult> results = run.run(targets, "flash", work, new NullProgressMonitor(), r -> {
                synchronized (out) {
                    out.println(PhoneLines.ended(r));
                    out.flush();
                }
            });
            boolean allRefusals = true;
            int failed = 0;
            for (DeviceResult r : results) {
                if (!r.ok()) {
                    failed++;
                    allRefusals &= r.report().status() == org.scatterbench.flash.report.RunStatus.REFUSED;
                }
            }
            out.println(PhoneLines.summary(results) + ". Details: scatterbench reports show ID");
            if (Files.isDirectory(dir)) {
                out.println("Backups the plans took: " + dir.toAbsolutePath());
            }
            out.flush();
            if (failed > 0) {
                throw new CliException(allRefusals ? 3 : 1, failed + " of " + results.size() + " phones did not complete"
                        + " (see 'scatterbench reports show ID')");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(1, "interrupted");
        }
    }

    /** Two jobs on one port would fight over the same phone: a usage error naming the port. */
    private static void requireDistinct(List<String> ports) {
        Set<String> seen = new java.util.HashSet<>();
        for (String p : ports) {
            if (!seen.add(p)) {
                throw new CliException(2, "--port " + p + " is named twice; name each phone once");
            }
        }
    }

    private static List<String> discover(TransportRegistry registry) {
        List<String> l = new ArrayList<>();
        for (PortInfo p : registry.listPorts().mediaTekPorts()) {
            l.add(p.portSpec());
        }
        return l;
    }
}
