package org.scatterbench.cli.layout;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.json.Json;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PartitionVerdict;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.Planner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code plan --current CURRENT --new SCATTER [--rom DIR] [--mode MODE] [--json]}: what a flash would do. */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = { "Plan a flash without touching any device: which partitions are written, kept, backed up "
                + "and restored, erased or lost, and why.",
                "Exit codes: 0 the plan is possible, 3 it is refused (the reasons say why and what to do instead), "
                        + "1 an input is unreadable, 2 bad usage." })
public final class PlanCommand implements Runnable {

    @Option(names = "--current", required = true, paramLabel = "CURRENT",
            description = "what the phone holds now: its old scatter file, or a disk image / readback / table dump")
    Path current;

    @Option(names = "--new", required = true, paramLabel = "SCATTER", description = "the new ROM's scatter file")
    Path next;

    @Option(names = "--rom", paramLabel = "DIR",
            description = "folder with the new ROM's images; without it the plan is made on the layouts alone")
    Path rom;

    @Option(names = "--mode", paramLabel = "MODE", defaultValue = "keep-data",
            description = "keep-data (default), download-only, firmware-upgrade or format-all")
    String mode;

    @Option(names = "--wipe-cache", description = "allow cache to be wiped (it only holds temporary files)")
    boolean wipeCache;

    @Option(names = "--opt-in", split = ",", paramLabel = "NAME",
            description = "protected partitions you allow to be written or erased (e.g. cache)")
    List<String> optIn = List.of();

    @Option(names = "--json", description = "print JSON (mode, refused, reasons, steps, partitions)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        PlanMode planMode = PlanMode.parse(mode).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "unknown --mode '" + mode + "': use keep-data, download-only, firmware-upgrade or format-all"));
        if (rom != null && !Files.isDirectory(rom)) {
            throw new CliException(ExitCodes.UNREADABLE, rom + ": the ROM folder does not exist or is not a folder");
        }
        LayoutSource cur = LayoutSource.read(current);
        LayoutSource nxt = LayoutSource.readScatter(next);
        OptInNames.requireKnown(optIn, List.of(cur.layout(), nxt.layout()));
        Set<String> allowed = new LinkedHashSet<>(optIn);
        if (wipeCache) {
            allowed.add("cache");
        }
        FlashPlan plan = new Planner().plan(new PlanRequest(cur.layout(), nxt.layout(), Optional.ofNullable(rom),
                planMode, allowed));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.gson().toJson(PlanJson.of(plan, current.toString(), next.toString())));
        } else {
            print(plan, out);
        }
        out.flush();
        if (plan.refused()) {
            throw new CliException(ExitCodes.REFUSED, "the " + planMode.cliName() + " plan is refused; nothing would be "
                    + "written" + (json ? " (see \"reasons\")" : ""));
        }
    }

    private static void print(FlashPlan plan, PrintWriter out) {
        out.println("Mode: " + plan.mode().cliName() + (plan.refused() ? "  -- REFUSED" : ""));
        if (!plan.reasons().isEmpty()) {
            out.println();
            out.println(plan.refused() ? "Why it is refused:" : "Notes:");
            for (String r : plan.reasons()) {
                out.println("  * " + r);
            }
        }
        if (!plan.steps().isEmpty()) {
            out.println();
            out.println("Steps:");
            int i = 1;
            for (PlanStep s : plan.steps()) {
                out.println(String.format("  %2d. %-12s %-12s %s %s+%s  %s", i++, s.action().jsonName(), s.partition(),
                        s.range().region(), TextTable.hex(s.range().start()), TextTable.hex(s.range().length()),
                        s.description()));
            }
        }
        out.println();
        TextTable t = new TextTable("partition", "verdict", "reason");
        for (PartitionVerdict v : plan.partitions()) {
            t.row(v.name(), v.verdict().jsonName(), v.reason());
        }
        t.print(out);
    }
}
