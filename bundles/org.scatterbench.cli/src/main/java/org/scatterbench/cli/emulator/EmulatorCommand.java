package org.scatterbench.cli.emulator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.scatterbench.cli.CliException;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.emulator.BootMode;
import org.scatterbench.emulator.SessionLog;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfile;
import org.scatterbench.emulator.fault.FaultPlan;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.transport.Endpoint;
import org.scatterbench.emulator.transport.PtyEndpoint;
import org.scatterbench.emulator.transport.TcpEndpoint;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code scatterbench emulator}: serves a virtual phone until the process is killed. The first
 * line on stdout says where a host connects ({@code listening on tcp://127.0.0.1:PORT} or
 * {@code listening on pty PATH}); one line per finished session goes to stderr.
 */
@Command(name = "emulator", mixinStandardHelpOptions = true, description = {
        "Serve a virtual MediaTek phone (BROM + XFlash DA) backed by an eMMC image, until killed.",
        "Prints 'listening on tcp://127.0.0.1:PORT' or 'listening on pty PATH'." },
        subcommands = { MakeDaCommand.class, MakeImageCommand.class, MakeRomCommand.class })
public final class EmulatorCommand implements Callable<Integer> {

    @Option(names = "--chip", defaultValue = "mt6765", description = "The chip the phone is (default: ${DEFAULT-VALUE}).")
    String chip;

    @Option(names = "--image", description = "The eMMC user-area image, served in place (writes land in it).")
    Path image;

    @Option(names = "--scatter", description = "With a missing --image: create the image from this scatter first.")
    Path scatter;

    @Option(names = "--pty", description = "Create a pseudo-terminal and make PATH a link to the end a host opens.")
    Path pty;

    @Option(names = "--listen", description = "Listen on 127.0.0.1:PORT (PORT 0 picks a free one; the default).")
    String listen;

    @Option(names = "--mode", defaultValue = "brom", description = "brom or preloader (default: ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--boot-size", defaultValue = "4M", description = "Size of boot1 and boot2 (default: ${DEFAULT-VALUE}).")
    String bootSize;

    @Option(names = "--rpmb-size", defaultValue = "4M", description = "Size of the RPMB area (default: ${DEFAULT-VALUE}).")
    String rpmbSize;

    @ArgGroup(exclusive = false, heading = "Fault injection (each session):%n")
    FaultOptions faults = new FaultOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        ChipProfile profile = EmulatorOptions.chip(chip);
        FaultPlan plan = (faults == null ? new FaultOptions() : faults).plan();
        BootMode bootMode = bootMode(mode);
        long boot = EmulatorOptions.size("--boot-size", bootSize);
        long rpmb = EmulatorOptions.size("--rpmb-size", rpmbSize);
        if (pty != null && listen != null) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, "--pty and --listen exclude each other");
        }
        int port = listen == null ? 0 : loopbackPort(listen);
        if (image == null) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE,
                    "--image FILE is required (with --scatter, a missing image is created from the scatter)");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(image)) {
            if (scatter == null) {
                throw new CliException(ScatterbenchCli.EXIT_FAILURE, image + ": no such image (give --scatter to create it)");
            }
            var made = MakeImageCommand.make(scatter, image, null, MakeImageCommand.DEFAULT_FILL);
            err.printf("created %s from %s: 0x%X bytes, %s table%n", image, scatter, made.size(), made.table());
        }
        if (!Files.isRegularFile(image)) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, image + " is not a regular file");
        }
        requireUsableImageSize(image);
        EmmcStorage storage;
        try {
            storage = EmmcStorage.onImage(image, boot, rpmb);
        } catch (IOException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, "cannot open " + image + " read-write: " + e.getMessage());
        }
        AtomicInteger count = new AtomicInteger();
        VirtualPhone phone = VirtualPhone.builder(profile, storage).mode(bootMode)
                .faults(plan)
                .onSessionEnd(log -> report(err, count.incrementAndGet(), log)).build();
        Endpoint endpoint = open(phone, port);
        CountDownLatch never = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            endpoint.close();
            try {
                storage.close();
            } catch (IOException e) {
                // the image is closed by the OS as the process ends
            }
        }, "emulator-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("listening on " + endpoint.address());
        out.flush();
        err.printf("%s (%s, hw code 0x%04X) on %s: user area 0x%X bytes, boot 0x%X, rpmb 0x%X%n",
                profile.displayName(), bootMode.name().toLowerCase(Locale.ROOT), profile.hwCode(), image,
                storage.userSize(), boot, rpmb);
        err.flush();
        never.await();
        return 0;
    }

    private Endpoint open(VirtualPhone phone, int port) {
        try {
            return pty != null ? PtyEndpoint.open(phone, pty) : TcpEndpoint.listen(phone, port);
        } catch (IOException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, "cannot listen: " + e.getMessage());
        }
    }

    private static void report(PrintWriter err, int n, SessionLog log) {
        err.printf("session %d ended: %s%s (%d commands)%n", n, log.end().map(Enum::name).orElse("?"),
                log.endDetail().isEmpty() ? "" : " - " + log.endDetail(), log.events().size());
        err.flush();
    }

    static BootMode bootMode(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "brom":
                return BootMode.BROM;
            case "preloader":
                return BootMode.PRELOADER;
            default:
                throw new CliException(ScatterbenchCli.EXIT_USAGE, "--mode must be brom or preloader, not '" + text + "'");
        }
    }

    /** Parses 127.0.0.1:PORT (or localhost:PORT, or a bare PORT); any other host is refused. */
    static int loopbackPort(String text) {
        String t = text.trim();
        int colon = t.lastIndexOf(':');
        String host = colon < 0 ? "127.0.0.1" : t.substring(0, colon);
        String portText = colon < 0 ? t : t.substring(colon + 1);
        if (!host.equals("127.0.0.1") && !host.equals("localhost")) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, "--listen " + text
                    + ": the virtual phone listens on 127.0.0.1 only");
        }
        try {
            int port = Integer.parseInt(portText);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new CliException(ScatterbenchCli.EXIT_USAGE, "--listen " + text + ": not a port number");
        }
    }

    /** The smallest user area served: room for a partition table and a few small partitions. */
    static final long MIN_IMAGE_SIZE = 1L << 20;

    /**
     * An empty or tiny image would be served as a phone whose every read fails or runs off its
     * end; saying so up front beats a client seeing an inexplicable protocol error later.
     */
    private static void requireUsableImageSize(Path image) {
        long size;
        try {
            size = Files.size(image);
        } catch (IOException e) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, "cannot read the size of " + image + ": " + e.getMessage());
        }
        if (size < MIN_IMAGE_SIZE || size % 512 != 0) {
            throw new CliException(ScatterbenchCli.EXIT_FAILURE, String.format(Locale.ROOT,
                    "%s is %d bytes: an eMMC image must be at least 1 MiB (%d bytes) and a multiple of 512 bytes;"
                            + " 'scatterbench emulator make-image' makes one from a scatter file",
                    image, size, MIN_IMAGE_SIZE));
        }
    }
}
