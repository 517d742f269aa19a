package org.scatterbench.cli.flash;

import java.nio.file.Path;

import org.scatterbench.cli.CliException;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.op.ReadbackOperation;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code readback --port P --partition NAME -o FILE}: copies one partition of the phone to a file. */
@Command(name = "readback", mixinStandardHelpOptions = true, description = "Read a partition of the phone into a file.")
public final class ReadbackCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Option(names = "--partition", paramLabel = "NAME", description = "Partition to read (from the phone's table).")
    String partition;

    @Option(names = "--start", paramLabel = "OFFSET", description = "Instead of --partition: first byte (0x... allowed).")
    String start;

    @Option(names = "--length", paramLabel = "BYTES", description = "Instead of --partition: how many bytes (0x... allowed).")
    String length;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "EMMC_USER",
            description = "With --start/--length: EMMC_USER (default), EMMC_BOOT1 or EMMC_BOOT2.")
    String region;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "Where to write it.")
    Path output;

    @Option(names = "--force", description = "Replace FILE if it exists (without it, an existing file is kept and"
            + " nothing is read: it may be the only copy of a partition).")
    boolean force;

    @Override
    public void run() {
        if ((partition == null) == (start == null || length == null)) {
            throw new CliException(ExitCodes.USAGE, "give either --partition NAME or --start and --length");
        }
        AtomicOutput.Existing existing = force ? AtomicOutput.Existing.REPLACE : AtomicOutput.Existing.REFUSE;
        try {
            // before a partition is read, which can take minutes, not after
            AtomicOutput.check(output, existing);
        } catch (OutputException e) {
            throw new CliException(ExitCodes.FAILURE, e.kind() == OutputException.Kind.ALREADY_EXISTS
                    ? e.getMessage() + " (use --force to replace it)" : e.getMessage());
        }
        ConsoleMonitor m = new ConsoleMonitor(spec.commandLine().getErr());
        try (DeviceConnection c = DeviceConnection.open(device, m)) {
            ByteRange range;
            if (partition != null) {
                Layout l = c.session().readLayout(m);
                range = l.find(partition).orElseThrow(() -> new CliException(ExitCodes.FAILURE, "the phone has no"
                        + " partition '" + partition + "'; it has: " + String.join(", ",
                                l.partitions().stream().map(Partition::name).toList()))).range();
            } else {
                range = new ByteRange(Region.parse(region), number(start, "--start"), number(length, "--length"));
            }
            spec.commandLine().getOut().println(ReadbackOperation.run(c.session(), range, output, existing, m));
        } catch (FlashException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
    }

    private static long number(String text, String option) {
        try {
            String t = text.trim().toLowerCase(java.util.Locale.ROOT);
            long v = t.startsWith("0x") ? Long.parseUnsignedLong(t.substring(2), 16) : Long.parseLong(t);
            if (v < 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.USAGE, option + " " + text + ": not a byte count");
        }
    }
}
