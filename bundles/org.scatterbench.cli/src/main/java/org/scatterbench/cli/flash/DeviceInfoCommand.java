package org.scatterbench.cli.flash;

import java.io.PrintWriter;
import java.util.Map;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code device info --port P}: chip, security, ids, storage, DA facts. */
@Command(name = "info", mixinStandardHelpOptions = true, description = "Connect to a phone in download mode and print what it is.")
public final class DeviceInfoCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Mixin
    DeviceOptions device;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (DeviceConnection c = DeviceConnection.open(device, new ConsoleMonitor(spec.commandLine().getErr()))) {
            for (Map.Entry<String, String> e : c.session().facts().entrySet()) {
                out.printf("%-18s %s%n", e.getKey() + ":", e.getValue());
            }
        }
    }
}
