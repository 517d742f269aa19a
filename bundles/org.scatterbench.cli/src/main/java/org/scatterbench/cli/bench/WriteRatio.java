package org.scatterbench.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.tools.DaFileWriter;
import org.scatterbench.emulator.transport.TcpEndpoint;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;

/**
 * write_ratio_tcp: the engine's write of an image to a virtual phone over loopback TCP (DA
 * protocol, acks, checksums) against a raw push of the same file over a loopback socket into a
 * file at the same offset, same 1 MiB chunks, no framing. Median of 3 runs each.
 */
final class WriteRatio {

    private static final int CHUNK = 1 << 20;

    private WriteRatio() {
    }

    /** @return {engine MiB/s, raw MiB/s} */
    static double[] tcp(Path dir, long bytes) throws Exception {
        Path image = dir.resolve("payload.img");
        writePayload(image, bytes);
        Path disk = dir.resolve("phone.img");
        try (RandomAccessFile f = new RandomAccessFile(disk.toFile(), "rw")) {
            f.setLength(bytes + (16L << 20));
        }
        double[] engine = new double[3];
        double[] raw = new double[3];
        try (EmmcStorage storage = EmmcStorage.onImage(disk, 1L << 20, 1L << 20)) {
            VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), storage).build();
            DaFile da = DaFile.parse("virtual.bin", DaFileWriter.build(List.of(ChipProfiles.mt6765())));
            try (TcpEndpoint ep = TcpEndpoint.listen(phone, 0); TransportRegistry reg = TransportRegistry.builtin()) {
                for (int i = 0; i < 3; i++) {
                    try (DeviceSession s = DeviceSession.connect(reg.open(ep.address(), TransportOptions.defaults()),
                            SessionOptions.of(da), ChipRegistry.load(), new NullProgressMonitor())) {
                        long t0 = System.nanoTime();
                        try (InputStream in = Files.newInputStream(image)) {
                            s.da().write(new ByteRange(Region.EMMC_USER, 8L << 20, bytes), in, n -> { });
                        }
                        engine[i] = mibs(bytes, System.nanoTime() - t0);
                        s.finish(EndAction.NONE);
                    }
                    storage.journal().clear();
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            raw[i] = mibs(bytes, rawPush(image, disk, bytes));
        }
        return new double[] { median(engine), median(raw) };
    }

    /** Nanoseconds to push the file over a loopback socket into {@code disk} at 8 MiB, 1 MiB at a time. */
    private static long rawPush(Path image, Path disk, long bytes) throws Exception {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Thread sink = new Thread(() -> {
                try (Socket s = server.accept(); InputStream in = s.getInputStream();
                        RandomAccessFile f = new RandomAccessFile(disk.toFile(), "rw")) {
                    byte[] buf = new byte[CHUNK];
                    long at = 8L << 20;
                    int n;
                    while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                        f.seek(at);
                        f.write(buf, 0, n);
                        at += n;
                    }
                    s.getOutputStream().write(1);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, "raw-push-sink");
            long t0 = System.nanoTime();
            sink.start();
            try (Socket c = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
                    InputStream file = Files.newInputStream(image)) {
                c.setTcpNoDelay(true);
                OutputStream out = c.getOutputStream();
                byte[] buf = new byte[CHUNK];
                int n;
                while ((n = file.readNBytes(buf, 0, buf.length)) > 0) {
                    out.write(buf, 0, n);
                }
                c.shutdownOutput();
                c.getInputStream().read();
            }
            sink.join();
            return System.nanoTime() - t0;
        }
    }

    private static void writePayload(Path file, long bytes) throws IOException {
        byte[] chunk = new byte[CHUNK];
        new Random(7).nextBytes(chunk);
        try (OutputStream o = Files.newOutputStream(file)) {
            for (long done = 0; done < bytes; done += CHUNK) {
                o.write(chunk, 0, (int) Math.min(CHUNK, bytes - done));
            }
        }
    }

    private static double mibs(long bytes, long nanos) {
        return bytes / (double) (1 << 20) / (nanos / 1e9);
    }

    static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
