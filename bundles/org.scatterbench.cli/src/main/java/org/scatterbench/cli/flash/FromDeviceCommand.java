package org.scatterbench.cli.flash;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.scatterbench.cli.CliException;
import org.scatterbench.flash.FlashException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.model.io.OutputException;
import org.scatterbench.scatter.ScatterConversionException;
import org.scatterbench.scatter.ScatterConverter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scatter from-device --port P -o FILE}: a scatter of the phone's current layout (what MTK Droid Tools is used for). */
@Command(name = "from-device", mixinStandardHelpOptions = true,
        description = "Write a scatter file describing the phone's current partition layout.")
public final class FromDeviceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "The scatter file to write.")
    Path output;

    @Override
    public void run() {
        ConsoleMonitor m = new ConsoleMonitor(spec.commandLine().getErr());
        try {
            // before talking to the phone: a folder or device named -o, or a folder that takes no file, fails now
            AtomicOutput.check(output, AtomicOutput.Existing.REPLACE);
        } catch (OutputException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
        try (DeviceConnection c = DeviceConnection.open(device, m)) {
            Layout l = c.session().readLayout(m);
            long boot = c.session().storage().size(Region.EMMC_BOOT1).orElse(0x400000L);
            AtomicOutput.write(output, ScatterConverter.fromLayout(asScatter(l, boot), "from_device").toBytes());
            spec.commandLine().getOut().printf("wrote %s: %s, %d partitions%n", output, l.platform(), l.partitions().size());
        } catch (FlashException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        } catch (ScatterConversionException e) {
            throw new CliException(ExitCodes.FAILURE, "the phone's layout cannot be written as a scatter: " + e.getMessage());
        } catch (OutputException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        }
    }

    /**
     * The phone's layout as a scatter states it: a preloader entry for the boot area, then every
     * partition of its table; only what a table knows is filled in, so nothing names an image or is
     * ticked for download.
     */
    static Layout asScatter(Layout device, long bootSize) {
        List<Partition> parts = new ArrayList<>();
        parts.add(Partition.builder("preloader").region(Region.EMMC_BOOT1_BOOT2).size(bootSize).type("SV5_BL_BIN")
                .operation(OperationType.BOOTLOADERS).downloadable(false).build());
        for (Partition p : device.partitions()) {
            parts.add(p.toBuilder().fileName(null).downloadable(false).type("NORMAL_ROM")
                    .operation(OperationType.UPDATE).upgradable(true).build());
        }
        return device.withPartitions(parts);
    }
}
