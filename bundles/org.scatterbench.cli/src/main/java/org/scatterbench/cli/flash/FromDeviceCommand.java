package org.scatterbench.cli.flash;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.scatterbench.cli.CliException;
import org.scatterbench.flash.FlashException;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Region;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scatter from-device --port P -o FILE}: a scatter of the phone's current layout (what MTK Droid Tools is used for). */
@Command(name = "from-device", description = "Write a scatter file describing the phone's current partition layout.")
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
        try (DeviceConnection c = DeviceConnection.open(device, m)) {
            Layout l = c.session().readLayout(m);
            long boot = c.session().storage().size(Region.EMMC_BOOT1).orElse(0x400000L);
            Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".tmp");
            Files.writeString(tmp, ScatterText.of(l, boot), StandardCharsets.US_ASCII);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING);
            spec.commandLine().getOut().printf("wrote %s: %s, %d partitions%n", output, l.platform(), l.partitions().size());
        } catch (FlashException e) {
            throw new CliException(ExitCodes.FAILURE, e.getMessage());
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILURE, "cannot write " + output + ": " + e.getMessage());
        }
    }
}
