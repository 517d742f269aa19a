package org.scatterbench.cli.flash;

import java.nio.file.Path;

import org.scatterbench.cli.CliException;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.op.ReadbackOperation;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readback --port P --partition NAME -o FILE}: copies one partition of the phone to a file. */
@Command(name = "readback", description = "Read a partition of the phone into a file.")
public final class ReadbackCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Option(names = "--partition", required = true, paramLabel = "NAME", description = "Partition to read (from the phone's table).")
    String partition;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "Where to write it.")
    Path output;

    @Override
    public void run() {
        ConsoleMonitor m = new ConsoleMonitor(spec.commandLine().getErr());
        try (DeviceConnection c = DeviceConnection.open(device, m)) {
            Layout l = c.session().readLayout(m);
            Partition p = l.find(partition).orElseThrow(() -> new CliException(ExitCodes.FAILURE, "the phone has no"
                    + " partition '" + partition + "'; it has: " + String.join(", ",
                            l.partitions().stream().map(Partition::name).toList())));
            spec.commandLine().getOut().println(ReadbackOperation.run(c.session(), p.range(), output, m));
        } catch (FlashException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
    }
}
