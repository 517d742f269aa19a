package org.scatterbench.cli.flash;

import java.io.PrintWriter;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.json.Json;
import org.scatterbench.cli.json.PartitionJson;
import org.scatterbench.flash.FlashException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code device table --port P [--json]}: the partition table the phone holds now. */
@Command(name = "table", mixinStandardHelpOptions = true, description = "Read the phone's partition table.")
public final class DeviceTableCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Option(names = "--json", description = "Print JSON (the partition objects of 'scatter show --json').")
    boolean json;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (DeviceConnection c = DeviceConnection.open(device, new ConsoleMonitor(spec.commandLine().getErr()))) {
            Layout l = c.session().readLayout(new ConsoleMonitor(spec.commandLine().getErr()));
            if (json) {
                JsonObject o = new JsonObject();
                o.addProperty("source", l.source());
                o.addProperty("platform", l.platform());
                o.addProperty("storage", l.storage().name());
                o.add("partitions", PartitionJson.list(l.partitions()));
                out.println(Json.gson().toJson(o));
            } else {
                out.printf("%s: %s, %s, %d partitions%n", l.source(), l.platform(), l.storage(), l.partitions().size());
                for (Partition p : l.partitions()) {
                    out.printf("  %-16s %-10s 0x%010X  0x%010X%n", p.name(), p.region(), p.start(), p.size());
                }
            }
        } catch (FlashException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
    }
}
