package org.scatterbench.cli.layout;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;

import org.scatterbench.cli.json.Json;
import org.scatterbench.cli.json.PartitionJson;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code layout show FILE|IMAGE [--json]}. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = { "Show the layout of a scatter file, a disk image / readback, or a partition-table dump.",
                "Exit codes: 0 shown, 1 the file is neither a readable scatter file nor a disk image." })
public final class ShowLayoutCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "FILE|IMAGE", description = "scatter file, disk image or table dump")
    Path file;

    @Option(names = "--json", description = "print JSON (file, kind, storage, region_sizes, partitions)")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        LayoutSource src = LayoutSource.read(file);
        PrintWriter out = spec.commandLine().getOut();
        Layout l = src.layout();
        if (json) {
            JsonObject o = new JsonObject();
            o.addProperty("file", file.toString());
            o.addProperty("kind", src.kind());
            o.addProperty("storage", l.storage().name());
            JsonObject sizes = new JsonObject();
            for (Map.Entry<Region, Long> e : l.regionSizes().entrySet()) {
                sizes.addProperty(e.getKey().name(), e.getValue());
            }
            o.add("region_sizes", sizes);
            o.add("partitions", PartitionJson.list(l.partitions()));
            out.println(Json.gson().toJson(o));
        } else {
            out.println("file:    " + file);
            out.println("kind:    " + describe(src.kind()));
            out.println("storage: " + l.storage() + l.regionSizes().entrySet().stream()
                    .map(e -> ", " + e.getKey() + " " + TextTable.hex(e.getValue()) + " (" + TextTable.human(e.getValue())
                            + ")").reduce("", String::concat));
            out.println();
            TextTable t = new TextTable("#", "name", "region", "start", "size", "", "dl", "operation");
            for (Partition p : l.partitions()) {
                String start = p.isEndRelative() ? "end-" + p.endRelativeBlocks().get() + " blk" : TextTable.hex(p.start());
                t.row(Integer.toString(p.index()), p.name(), p.region().name(), start, TextTable.hex(p.size()),
                        TextTable.human(p.size()), p.downloadable() ? "yes" : "no", p.operation().name());
            }
            t.print(out);
        }
        out.flush();
    }

    private static String describe(String kind) {
        switch (kind) {
            case "gpt":
                return "disk image with a GPT";
            case "mbr-ebr":
                return "disk image with an MBR + EBR chain (names are Linux numbers; UNLISTED_n = not described by "
                        + "the table)";
            case "pmt":
                return "MediaTek PMT";
            default:
                return "scatter file";
        }
    }
}
