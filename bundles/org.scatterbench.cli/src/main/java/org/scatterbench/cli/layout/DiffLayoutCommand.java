package org.scatterbench.cli.layout;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.json.Json;
import org.scatterbench.layout.diff.DiffEntry;
import org.scatterbench.layout.diff.LayoutDiff;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.report.DiffReport;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layout diff CURRENT NEW [--json | --markdown | --html]}. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = { "Compare the layout a device holds (old scatter or disk image) with a new ROM's layout, by "
                + "partition name (ANDROID = system, USRDATA = userdata, ...).",
                "--markdown and --html print the diff with the keep-data plan's verdicts, the same report the "
                + "workbench's Layout Diff view exports.",
                "Exit codes: 0 compared (whether or not they differ), 1 an input is unreadable." })
public final class DiffLayoutCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "CURRENT", description = "old scatter file or disk image / readback")
    Path current;

    @Parameters(index = "1", paramLabel = "NEW", description = "new scatter file (or a disk image)")
    Path next;

    @Option(names = "--json", description = "print JSON (layout_changed, first_moved, entries)")
    boolean json;

    @Option(names = "--markdown", description = "print a Markdown report of the diff and the keep-data plan")
    boolean markdown;

    @Option(names = "--html", description = "print an HTML report of the diff and the keep-data plan")
    boolean html;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        if ((json ? 1 : 0) + (markdown ? 1 : 0) + (html ? 1 : 0) > 1) {
            throw new CliException(ExitCodes.USAGE, "choose one of --json, --markdown and --html");
        }
        LayoutSource cur = LayoutSource.read(current);
        LayoutSource nxt = LayoutSource.read(next);
        LayoutDiff diff = LayoutDiff.compare(cur.layout(), nxt.layout());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.gson().toJson(toJson(diff, current, next)));
        } else if (markdown || html) {
            out.print(report(diff, cur.layout(), nxt.layout()));
        } else {
            print(diff, out);
        }
        out.flush();
    }

    /**
     * The report the workbench exports: the diff with the verdicts of the same planner call its Layout
     * Diff view makes (keep-data). A refused plan is part of the report, not an error: the diff was made.
     */
    private String report(LayoutDiff diff, Layout currentLayout, Layout nextLayout) {
        FlashPlan plan = new Planner().plan(PlanRequest.of(currentLayout, nextLayout, PlanMode.KEEP_DATA));
        DiffReport report = new DiffReport(diff, plan);
        return html ? report.html() : report.markdown();
    }

    static JsonObject toJson(LayoutDiff diff, Path current, Path next) {
        JsonObject o = new JsonObject();
        o.addProperty("current", current.toString());
        o.addProperty("new", next.toString());
        o.addProperty("layout_changed", diff.layoutChanged());
        Optional<DiffEntry> first = diff.firstMoved();
        if (first.isPresent()) {
            o.addProperty("first_moved", first.get().name());
        } else {
            o.add("first_moved", JsonNull.INSTANCE);
        }
        JsonArray entries = new JsonArray();
        for (DiffEntry e : diff.entries()) {
            JsonObject j = new JsonObject();
            j.addProperty("name", e.name());
            j.addProperty("kind", e.kind().jsonName());
            j.addProperty("change", e.change().jsonName());
            j.add("current", side(e.current()));
            j.add("new", side(e.next()));
            j.addProperty("start_delta", e.startDelta());
            j.addProperty("size_delta", e.sizeDelta());
            j.addProperty("note", e.note());
            entries.add(j);
        }
        o.add("entries", entries);
        return o;
    }

    private static com.google.gson.JsonElement side(Optional<Partition> p) {
        if (p.isEmpty()) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("name", p.get().name());
        o.addProperty("region", p.get().region().name());
        if (p.get().isEndRelative()) {
            o.add("start", JsonNull.INSTANCE);
            o.addProperty("end_relative_blocks", p.get().endRelativeBlocks().get());
        } else {
            o.addProperty("start", p.get().start());
        }
        o.addProperty("size", p.get().size());
        return o;
    }

    private static void print(LayoutDiff diff, PrintWriter out) {
        TextTable t = new TextTable("name", "kind", "change", "current start", "new start", "current size", "new size",
                "note");
        for (DiffEntry e : diff.entries()) {
            t.row(e.name(), e.kind().jsonName(), e.change().jsonName(), start(e.current()), start(e.next()),
                    e.current().map(p -> TextTable.human(p.size())).orElse("-"),
                    e.next().map(p -> TextTable.human(p.size())).orElse("-"), e.note());
        }
        t.print(out);
        out.println();
        out.println(diff.layoutChanged() ? "The layout changes." : "The partition layout is the same.");
        diff.firstMoved().ifPresent(f -> out.println("First partition that moves: " + f.name() + " (from "
                + TextTable.hex(f.current().get().start()) + " to " + TextTable.hex(f.next().get().start())
                + "); everything after it moves too."));
    }

    private static String start(Optional<Partition> p) {
        return p.map(x -> x.isEndRelative() ? "end-" + x.endRelativeBlocks().get() + " blk" : TextTable.hex(x.start()))
                .orElse("-");
    }
}
