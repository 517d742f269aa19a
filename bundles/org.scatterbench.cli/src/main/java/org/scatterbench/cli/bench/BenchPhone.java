package org.scatterbench.cli.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.emulator.transport.PtyEndpoint;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.transport.stream.InMemoryPipe;

/**
 * A virtual phone for measurements: its user area is a sparse file on disk (the same sink a raw
 * push writes into), reachable over an in-memory pipe, loopback TCP or a socat pty.
 */
final class BenchPhone implements AutoCloseable {

    /** How the host reaches the phone. */
    enum Line {
        PIPE, TCP, PTY
    }

    /** Offset of the measured range in the user area (clear of the table at its start). */
    static final long OFFSET = 8L << 20;

    final EmmcStorage storage;
    final VirtualPhone phone;
    private final Line line;
    private final AutoCloseable endpoint;
    private final String address;
    // standard(): the installed drivers (serial for the pty) in the product, the class path in plain Java
    private final TransportRegistry registry = TransportRegistry.standard();

    private BenchPhone(EmmcStorage storage, VirtualPhone phone, Line line, AutoCloseable endpoint,
            String address) {
        this.storage = storage;
        this.phone = phone;
        this.line = line;
        this.endpoint = endpoint;
        this.address = address;
    }

    static BenchPhone start(Path dir, String name, long userBytes, Line line) throws IOException {
        Path disk = dir.resolve(name + ".img");
        try (RandomAccessFile f = new RandomAccessFile(disk.toFile(), "rw")) {
            f.setLength(userBytes);
        }
        EmmcStorage storage = EmmcStorage.onImage(disk, 1L << 20, 1L << 20);
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
        switch (line) {
            case TCP: {
                TcpEndpoint e = TcpEndpoint.listen(phone, 0);
                return new BenchPhone(storage, phone, line, e, e.address());
            }
            case PTY: {
                PtyEndpoint e = PtyEndpoint.open(phone, dir.resolve(name + ".pty"));
                return new BenchPhone(storage, phone, line, e, e.link().toString());
            }
            default:
                return new BenchPhone(storage, phone, line, () -> { }, "memory");
        }
    }

    static DaFile da() throws DaFileException {
        return DaFile.parse("virtual.bin", DaFileWriter.build(List.of(ChipProfiles.mt6765())));
    }

    /** A fresh host connection (for a pipe: a new line with the phone serving its far end). */
    Transport open() throws IOException {
        if (line == Line.PIPE) {
            InMemoryPipe p = InMemoryPipe.open("bench-host", "bench-phone");
            Thread t = new Thread(() -> phone.serve(TransportStreams.in(p.b()), TransportStreams.out(p.b())),
                    "bench-phone-pipe");
            t.setDaemon(true);
            t.start();
            return p.a();
        }
        if (line == Line.PTY) {
            awaitLink();
        }
        return registry.open(address, TransportOptions.defaults());
    }

    private int ptySessions;

    /**
     * The pty's link is removed when a session's line ends (before the phone records the session as
     * ended) and made again by the next socat; so after a session, wait until the phone has ended it,
     * then for the link, and a new session never opens the dying pty.
     */
    private void awaitLink() throws IOException {
        Path link = Path.of(address);
        try {
            if (!phone.awaitSessions(ptySessions, 10, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IOException("the virtual phone did not end its previous pty session");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the pty");
        }
        if (!waitFor(() -> java.nio.file.Files.exists(link), 10_000)) {
            throw new IOException("the virtual phone's pty " + address + " did not come back");
        }
        ptySessions++;
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the pty");
            }
        }
        return true;
    }

    TransportRegistry registry() {
        return registry;
    }

    String address() {
        return address;
    }

    DeviceSession connect() throws IOException, FlashException, DaFileException {
        return DeviceSession.connect(open(), SessionOptions.of(da()), ChipRegistry.load(), new NullProgressMonitor());
    }

    @Override
    public void close() throws IOException {
        try {
            endpoint.close();
        } catch (Exception e) {
            throw new IOException("cannot stop the bench phone: " + e.getMessage(), e);
        } finally {
            storage.close();
            registry.close();
        }
    }
}
