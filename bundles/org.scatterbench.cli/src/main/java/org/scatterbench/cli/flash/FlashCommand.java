package org.scatterbench.cli.flash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.backup.CalibrationBackupOption;
import org.scatterbench.cli.layout.OptInNames;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.workflow.CurrentLayout;
import org.scatterbench.flash.workflow.FlashOutcome;
import org.scatterbench.flash.workflow.FlashPlanRequest;
import org.scatterbench.flash.workflow.FlashRefusedException;
import org.scatterbench.flash.workflow.FlashWorkflow;
import org.scatterbench.flash.workflow.PlannedFlash;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.table.PartitionTables;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.model.Layout;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code flash --port P --scatter NEW [--rom DIR] [--current FILE|--from-device] [--mode M] [--yes]}:
 * plans against what the phone holds, prints the plan, asks, then runs it as a Job. Exit 0 done,
 * 3 refused or declined (nothing written), 1 failed or cancelled.
 */
@Command(name = "flash", mixinStandardHelpOptions = true, description = "Flash a ROM to a phone, keeping user data unless told otherwise.")
public final class FlashCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Option(names = "--scatter", required = true, paramLabel = "NEW", description = "The new ROM's scatter file.")
    Path scatter;

    @Option(names = "--rom", paramLabel = "DIR", description = "Folder with the new ROM's images (default: the scatter's folder).")
    Path rom;

    @ArgGroup(exclusive = true)
    Current current;

    /** Where the plan's idea of the phone's current layout comes from. */
    static final class Current {
        @Option(names = "--current", paramLabel = "FILE", description = "Old scatter or disk image describing the phone; must match its real table.")
        Path file;

        @Option(names = "--from-device", description = "Plan against the table read from the phone (default).")
        boolean fromDevice;
    }

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "keep-data",
            description = "keep-data (default), download-only, firmware-upgrade or format-all.")
    String mode;

    @Option(names = "--opt-in", split = ",", paramLabel = "NAME", description = "Protected partitions you allow to be written or erased.")
    Set<String> optIn = Set.of();

    @Option(names = "--yes", description = "Do not ask before writing.")
    boolean yes;

    @Option(names = "--run-dir", paramLabel = "DIR", description = "Where backups and the run record go (default: scatterbench-runs/<time>).")
    Path runDir;

    @Option(names = "--reboot", description = "Reboot the phone after a successful flash.")
    boolean reboot;

    @Option(names = "--verify", description = "Read every written partition back and compare it with its image.")
    boolean verify;

    @Option(names = "--reports", paramLabel = "DIR",
            description = "Where the run report goes (default: $SCATTERBENCH_REPORTS or ~/.scatterbench/reports).")
    Path reports;

    @Mixin
    CalibrationBackupOption calibration;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PlanMode planMode = PlanMode.parse(mode).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "unknown --mode '" + mode + "': use keep-data, download-only, firmware-upgrade or format-all"));
        Layout next = readScatter(scatter);
        Path romDir = rom != null ? rom : scatter.toAbsolutePath().getParent();
        Path dir = runDir != null ? runDir
                : Paths.get("scatterbench-runs", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        RunFolder.requireUsable(dir, "--run-dir");
        ConsoleMonitor monitor = new ConsoleMonitor(err);
        CurrentLayout currentLayout = current != null && current.file != null
                ? (session, m) -> readCurrent(current.file)
                : CurrentLayout.fromDevice();
        FlashPlanRequest request = new FlashPlanRequest(next, Optional.of(romDir), planMode, optIn, Set.of(),
                currentLayout, verify, dir.resolve("backup"), Optional.of(ReportStore.standard(Optional.ofNullable(reports))),
                calibration.base());
        try (DeviceConnection c = DeviceConnection.open(device, monitor)) {
            DeviceSession s = c.session();
            FlashWorkflow workflow = new FlashWorkflow(s);
            PlannedFlash planned;
            try {
                planned = workflow.plan(request, monitor);
            } catch (FlashRefusedException e) {
                throw new CliException(ExitCodes.REFUSED, "refused, nothing was written: " + e.getMessage());
            }
            OptInNames.requireKnown(optIn, List.of(planned.assumed(), next));
            FlashPlan plan = planned.plan();
            List<String> record = new ArrayList<>(PlanPrinter.lines(plan, s));
            record.forEach(out::println);
            out.flush();
            if (plan.refused()) {
                writeRecord(dir, record);
                throw new CliException(ExitCodes.REFUSED, "the plan is refused; nothing was written: "
                        + String.join("; ", plan.reasons()));
            }
            if (!yes && !confirm(out)) {
                throw new CliException(ExitCodes.REFUSED, "not confirmed; nothing was written");
            }
            FlashOutcome outcome = workflow.runAsJob(planned, monitor);
            FlashReport report = outcome.report();
            record.addAll(report.log());
            record.add(report.summary());
            report.log().forEach(out::println);
            writeRecord(dir, record);
            outcome.savedReport().ifPresent(saved -> out.println("Run report: " + saved));
            outcome.reportProblem().ifPresent(problem -> out.println("Run report not saved: " + problem));
            if (report.outcome() == FlashReport.Outcome.REFUSED) {
                throw new CliException(ExitCodes.REFUSED, report.summary());
            }
            if (!report.ok()) {
                throw new CliException(ExitCodes.FAILURE, report.summary());
            }
            out.println(report.summary());
            out.println("Run record: " + dir.resolve("run.txt"));
            if (reboot) {
                s.finish(EndAction.REBOOT);
            }
        } catch (FlashException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
    }

    private boolean confirm(PrintWriter out) {
        out.print("Write this to the phone? [y/N] ");
        out.flush();
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line != null && Set.of("y", "yes").contains(line.trim().toLowerCase(Locale.ROOT));
        } catch (IOException e) {
            return false;
        }
    }

    /** The new ROM's layout; a scatter file with errors is refused before any phone is touched. */
    static Layout readScatter(Path file) {
        try {
            return ScatterFiles.layoutToFlash(file);
        } catch (ScatterReadException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
    }

    /** An old scatter, or a disk image / table dump. */
    static Layout readCurrent(Path file) {
        try {
            return ScatterFiles.read(file).layout();
        } catch (ScatterReadException scatterProblem) {
            try {
                return PartitionTables.read(file);
            } catch (TableFormatException tableProblem) {
                throw new CliException(ExitCodes.FAILURE, file + " is neither a scatter file (" + scatterProblem.getMessage()
                        + ") nor a disk image (" + tableProblem.getMessage() + ")");
            }
        }
    }

    private static void writeRecord(Path dir, List<String> lines) {
        try {
            Files.createDirectories(dir);
            Files.write(dir.resolve("run.txt"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot write the run record in " + dir + ": " + e.getMessage());
        }
    }
}
