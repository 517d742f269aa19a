package org.scatterbench.cli;

import java.util.List;

/**
 * The subcommands of {@code scatterbench}, in the order {@code --help} lists them. Each concept
 * keeps its command classes in its own package; this list is the only place that names them all.
 */
final class Commands {

    private Commands() {
    }

    static List<Object> all() {
        return List.of(
                new org.scatterbench.cli.scatter.ScatterCommand(),
                new org.scatterbench.cli.image.ImageCommand(),
                new org.scatterbench.cli.emulator.EmulatorCommand(),
                new org.scatterbench.cli.device.DeviceCommand(),
                new org.scatterbench.cli.flash.FlashCommand(),
                new org.scatterbench.cli.flash.ReadbackCommand(),
                new org.scatterbench.cli.flash.DemoCommand(),
                new org.scatterbench.cli.backup.BackupCommand(),
                new org.scatterbench.cli.backup.RestoreCommand(),
                new org.scatterbench.cli.reports.ReportsCommand(),
                new org.scatterbench.cli.reports.FlashAllCommand(),
                new org.scatterbench.cli.bench.BenchCommand(),
                new org.scatterbench.cli.layout.LayoutCommand(), new org.scatterbench.cli.layout.PlanCommand(),
                new VersionCommand());
    }
}
