package org.scatterbench.cli.scatter;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.cli.json.Json;
import org.scatterbench.cli.json.PartitionJson;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFormat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code scatter show FILE [--json]}: the partitions a scatter file describes. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = { "Show the layout a scatter file describes, one table per storage section.",
                "Exit codes: 0 shown, 1 the file cannot be read as a scatter file, 2 bad usage." })
public final class ShowCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE", description = "the scatter file (.txt or .xml, any generation)")
    Path file;

    @Option(names = "--json", description = "print JSON (format, platform, storage, partitions) instead of a table")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        ScatterDocument doc = Inputs.read(file);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.gson().toJson(toJson(doc)));
        } else {
            printTables(doc, out);
        }
        PrintWriter err = spec.commandLine().getErr();
        for (Diagnostic d : doc.problems()) {
            err.println(d);
        }
        out.flush();
    }

    static JsonObject toJson(ScatterDocument doc) {
        JsonObject o = new JsonObject();
        o.addProperty("file", doc.sourceName());
        o.addProperty("format", doc.format().name());
        o.addProperty("config_version", doc.configVersion());
        o.addProperty("platform", doc.platform());
        o.addProperty("project", doc.project());
        o.addProperty("storage", doc.layout().storage().name());
        JsonArray storages = new JsonArray();
        List<Partition> all = new ArrayList<>();
        for (Layout l : doc.layouts()) {
            storages.add(l.storage().name());
            all.addAll(l.partitions());
        }
        o.add("storages", storages);
        o.add("partitions", PartitionJson.list(all));
        JsonArray problems = new JsonArray();
        for (Diagnostic d : doc.problems()) {
            problems.add(d.toString());
        }
        o.add("problems", problems);
        return o;
    }

    private static void printTables(ScatterDocument doc, PrintWriter out) {
        out.println("file:     " + doc.sourceName());
        out.println("format:   " + describe(doc));
        if (!doc.platform().isEmpty() || !doc.project().isEmpty()) {
            out.println("platform: " + doc.platform() + (doc.project().isEmpty() ? "" : "   project: " + doc.project()));
        }
        for (Layout l : doc.layouts()) {
            out.println();
            out.println(l.storage() + " layout: " + l.partitions().size() + " partitions"
                    + (l.blockSize() > 0 ? ", block size " + SizeText.hex(l.blockSize()) : ""));
            PartitionTable.print(l.partitions(), out);
        }
    }

    private static String describe(ScatterDocument doc) {
        String v = doc.configVersion().isEmpty() ? "" : " (" + doc.configVersion() + ")";
        switch (doc.format()) {
            case LEGACY:
                return "legacy brace format" + v;
            case OTA_LIST:
                return "OTA layout list, not flashable" + v;
            case XML:
                return "XML scatter" + v;
            default:
                return (doc.format() == ScatterFormat.V1 ? "V1.x" : "V2.x") + " scatter" + v;
        }
    }
}
