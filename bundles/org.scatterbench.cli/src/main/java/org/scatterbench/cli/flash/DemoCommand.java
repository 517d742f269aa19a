package org.scatterbench.cli.flash;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.emulator.tools.ImageSpec;
import org.scatterbench.emulator.tools.PhoneImageWriter;
import org.scatterbench.emulator.tools.RomFolderWriter;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.op.DeviceHashes;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.plan.Verdict;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: the product's promise in one command. Starts a virtual MT6765 phone in its own
 * process with a current ROM and user data, hashes its protected partitions over the protocol,
 * flashes an upgraded ROM with keep-data through the real {@code flash} command over TCP, hashes
 * again and compares. Exit 0 only when every protected partition is byte-identical and every
 * partition the plan writes changed.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Flash an upgraded ROM to a virtual phone with keep-data and prove the user data survived.")
public final class DemoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Option(names = "--work", paramLabel = "DIR", description = "Working folder (default: a new temporary folder).")
    Path work;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Path dir = work != null ? Files.createDirectories(work) : Files.createTempDirectory("scatterbench-demo");
            out.println("Scatterbench demo in " + dir);
            Demo d = prepare(dir, out);
            try (EmulatorProcess phone = EmulatorProcess.start(d.image, dir.resolve("virtual-phone.log"))) {
                out.println("Virtual phone (MT6765) listening on " + phone.address());
                DeviceOptions dev = DeviceOptions.of(phone.address(), d.da, 30);
                Map<String, String> before = hashes(dev, d, out);
                int code = flash(dev, d, dir, out);
                if (code != 0) {
                    throw new CliException(ExitCodes.FAILURE, "the flash failed (exit " + code + "); see above");
                }
                Map<String, String> after = hashes(dev, d, out);
                report(d, before, after, out);
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "demo: " + e.getMessage());
        }
    }

    /** The files of the demo and which partitions must stay and which must change. */
    private static final class Demo {
        Path image;
        Path da;
        Path romScatter;
        Path rom;
        Layout layout;
        List<Partition> kept = new ArrayList<>();
        List<Partition> written = new ArrayList<>();
    }

    private static Demo prepare(Path dir, PrintWriter out) throws IOException {
        Demo d = new Demo();
        Path scatter = dir.resolve("MT6765_Android_scatter.txt");
        Files.writeString(scatter, DemoScatter.text(), StandardCharsets.US_ASCII);
        d.layout = FlashCommand.readScatter(scatter);
        d.image = dir.resolve("phone-emmc.img");
        d.rom = dir.resolve("rom-upgraded");
        d.da = dir.resolve("MTK_DA_demo.bin");
        try {
            long size = ImageSpec.minimumSize(d.layout) + (8 << 20);
            Files.deleteIfExists(d.image);
            new PhoneImageWriter(256 * 1024).write(d.layout, d.image, size);
            deleteTree(d.rom);
            new RomFolderWriter(1 << 20).write(scatter, d.layout, d.rom, true, size);
        } catch (org.scatterbench.layout.table.TableFormatException e) {
            throw new CliException(ExitCodes.FAILURE, "demo: cannot build the phone image: " + e.getMessage());
        }
        Files.write(d.da, DaFileWriter.build(List.of(ChipProfiles.mt6765())));
        d.romScatter = d.rom.resolve(scatter.getFileName());
        FlashPlan plan = new Planner().plan(new PlanRequest(d.layout, FlashCommand.readScatter(d.romScatter),
                Optional.of(d.rom), PlanMode.KEEP_DATA, Set.of()));
        for (PartitionVerdict v : plan.partitions()) {
            Optional<Partition> p = d.layout.find(v.name());
            if (p.isEmpty() || !p.get().region().isUserArea() || p.get().canonicalName().equals("pgpt")) {
                continue;
            }
            if (v.verdict() == Verdict.KEPT) {
                d.kept.add(p.get());
            } else if (v.verdict() == Verdict.WRITTEN) {
                d.written.add(p.get());
            }
        }
        out.printf("Current ROM on the phone, upgraded ROM in %s; %d partitions to keep, %d to upgrade%n", d.rom,
                d.kept.size(), d.written.size());
        return d;
    }

    private Map<String, String> hashes(DeviceOptions dev, Demo d, PrintWriter out) {
        Map<String, String> m = new LinkedHashMap<>();
        ConsoleMonitor monitor = new ConsoleMonitor(spec.commandLine().getErr());
        try (DeviceConnection c = DeviceConnection.open(dev, monitor)) {
            Layout device = c.session().readLayout(monitor);
            List<Partition> all = new ArrayList<>(d.kept);
            all.addAll(d.written);
            for (Partition p : all) {
                Partition onPhone = device.find(p.name()).orElseThrow(() -> new CliException(ExitCodes.FAILURE,
                        "the phone's table has no " + p.name()));
                m.put(p.name(), DeviceHashes.sha256(c.session(), onPhone.range(), monitor));
            }
        } catch (FlashException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
        out.printf("Read back %d partitions over the protocol%n", m.size());
        return m;
    }

    private static int flash(DeviceOptions dev, Demo d, Path dir, PrintWriter out) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(buf, true, StandardCharsets.UTF_8);
        String[] args = { "flash", "--port", dev.port(), "--da", d.da.toString(), "--scatter", d.romScatter.toString(),
                "--rom", d.rom.toString(), "--mode", "keep-data", "--verify", "--yes", "--run-dir", dir.resolve("run").toString(),
                "--calibration-backup", dir.resolve("calibration").toString() };
        out.println("$ scatterbench " + String.join(" ", args));
        int code = ScatterbenchCli.run(args, ps, ps);
        for (String line : buf.toString(StandardCharsets.UTF_8).split("\n")) {
            out.println("  | " + line);
        }
        return code;
    }

    private static void report(Demo d, Map<String, String> before, Map<String, String> after, PrintWriter out) {
        out.println();
        out.printf("%-10s %-9s %-18s %-18s %s%n", "partition", "expected", "sha256 before", "sha256 after", "result");
        List<String> bad = new ArrayList<>();
        for (Partition p : d.kept) {
            boolean same = before.get(p.name()).equals(after.get(p.name()));
            line(out, p.name(), "kept", before, after, same ? "identical" : "DIFFERENT");
            if (!same) {
                bad.add(p.name() + " changed although it must be kept");
            }
        }
        for (Partition p : d.written) {
            boolean changed = !before.get(p.name()).equals(after.get(p.name()));
            line(out, p.name(), "upgraded", before, after, changed ? "changed" : "UNCHANGED");
            if (!changed) {
                bad.add(p.name() + " was not upgraded");
            }
        }
        out.println();
        if (!bad.isEmpty()) {
            throw new CliException(ExitCodes.FAILURE, "demo failed: " + String.join("; ", bad));
        }
        out.println("Demo passed: every protected partition is byte-identical after the upgrade, every upgraded"
                + " partition changed.");
    }

    private static void line(PrintWriter out, String name, String expected, Map<String, String> before,
            Map<String, String> after, String result) {
        out.printf("%-10s %-9s %-18s %-18s %s%n", name, expected, before.get(name).substring(0, 16),
                after.get(name).substring(0, 16), result);
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (var s = Files.walk(p)) {
            for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
