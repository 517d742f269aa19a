package org.scatterbench.cli.device;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.cli.json.Json;
import org.scatterbench.transport.PortInfo;
import org.scatterbench.transport.registry.PortListing;
import org.scatterbench.transport.registry.TransportRegistry;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code scatterbench device list [--json] [--wait SECONDS]}: every port the installed transport
 * drivers see (USB through libusb, serial ports through jSerialComm), MediaTek BROM and preloader
 * ports marked. A driver that cannot look (libusb missing) is reported and the others still list.
 * Exit code 0, also when no phone is connected; with {@code --wait}, 4 when none appeared in time.
 */
@Command(name = "list", description = { "List the ports of connected phones (USB and serial).",
        "MediaTek phones appear only in BROM or preloader mode: connect them powered off while holding a volume key.",
        "Exit codes: 0 listed (also when no phone is connected), 1 error, 2 bad usage,"
                + " 4 --wait ended without a phone appearing." })
public final class DeviceListCommand implements Runnable {

    /** Exit code of {@code --wait} when no BROM or preloader port appeared in time. */
    public static final int EXIT_NO_DEVICE = 4;

    static final String GUIDANCE = "no MediaTek device found: connect the phone powered off while holding Volume-Down "
            + "(some models: Volume-Up) and run this again within a few seconds; it shows up as 0e8d:0003 (BROM) "
            + "or 0e8d:2000 (preloader)";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = "--json", description = "Print the ports as JSON.")
    boolean json;

    @Option(names = "--wait", paramLabel = "SECONDS",
            description = "Wait up to SECONDS for a BROM or preloader port to appear (\"plug the phone in now\");"
                    + " exit 4 if none does.")
    Integer waitSeconds;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (TransportRegistry registry = TransportRegistry.standard()) {
            if (waitSeconds != null) {
                waitForPhone(registry, out);
            }
            PortListing listing = registry.listPorts();
            if (json) {
                out.println(Json.gson().toJson(toJson(listing, registry.problems())));
            } else {
                printText(listing, registry, out);
            }
        }
    }

    private void waitForPhone(TransportRegistry registry, PrintWriter out) {
        if (waitSeconds < 0) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, "--wait needs a number of seconds >= 0");
        }
        if (!json) {
            out.println("waiting up to " + waitSeconds + " s for a MediaTek phone in BROM or preloader mode...");
            out.flush();
        }
        try {
            if (registry.waitForPort(PortInfo::isFlashable, Duration.ofSeconds(waitSeconds), Duration.ofMillis(250),
                    () -> Thread.currentThread().isInterrupted()).isEmpty()) {
                throw new CliException(EXIT_NO_DEVICE, GUIDANCE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, "interrupted while waiting for a phone");
        }
    }

    private static void printText(PortListing listing, TransportRegistry registry, PrintWriter out) {
        List<String> registryProblems = registry.problems();
        if (listing.ports().isEmpty()) {
            out.println("no ports found (drivers asked: "
                    + String.join(", ", registry.drivers().stream().map(d -> d.id()).toList()) + ")");
        } else {
            PortTable.print(listing.ports(), out);
        }
        for (PortListing.DriverProblem p : listing.problems()) {
            out.println(p.driverId() + ": " + p.message() + "; the other drivers were still asked");
        }
        for (String p : registryProblems) {
            if (listing.problems().stream().noneMatch(q -> q.message().equals(p))) {
                out.println("warning: " + p);
            }
        }
        if (listing.flashablePorts().isEmpty()) {
            out.println(GUIDANCE);
        }
    }

    private static Map<String, Object> toJson(PortListing listing, List<String> registryProblems) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ports", listing.ports().stream().map(DeviceListCommand::portJson).toList());
        root.put("problems", listing.problems().stream().map(p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("driver", p.driverId());
            m.put("message", p.message());
            return m;
        }).toList());
        root.put("warnings", registryProblems);
        root.put("mediaTekFound", !listing.flashablePorts().isEmpty());
        return root;
    }

    private static Map<String, Object> portJson(PortInfo p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("port", p.portSpec());
        m.put("driver", p.driverId());
        m.put("usbId", p.usbId().isEmpty() ? null : p.usbId());
        m.put("vendorId", p.vendorId() < 0 ? null : p.vendorId());
        m.put("productId", p.productId() < 0 ? null : p.productId());
        m.put("mode", p.mode().isEmpty() ? null : p.mode());
        m.put("serial", p.serial());
        m.put("description", p.description());
        m.put("note", p.note().isEmpty() ? null : p.note());
        return m;
    }
}
