package org.scatterbench.emulator.bench;

import java.net.InetAddress;
import java.net.Socket;

import org.scatterbench.emulator.VirtualPhone;
import org.scatterbench.emulator.chip.ChipProfiles;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.testhost.TestHost;
import org.scatterbench.emulator.transport.PipeEndpoint;
import org.scatterbench.emulator.transport.TcpEndpoint;

/**
 * Not a test: prints READ_DATA and WRITE_DATA throughput of the virtual phone over the pipe and
 * over loopback TCP (run its main by hand). Figures belong in reports, not in assertions.
 */
public final class ThroughputBenchmark {

    private static final int MIB = 1 << 20;

    private ThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int size = 64 * MIB;
        byte[] data = new byte[size];
        new java.util.Random(1).nextBytes(data);
        VirtualPhone phone = VirtualPhone.builder(ChipProfiles.mt6765(), EmmcStorage.inMemory(128L * MIB, MIB, MIB))
                .build();
        try (PipeEndpoint pipe = PipeEndpoint.connect(phone)) {
            run("pipe", new TestHost(pipe.hostIn(), pipe.hostOut()), data);
        }
        try (TcpEndpoint tcp = TcpEndpoint.listen(phone, 0)) {
            phone.awaitSessions(1, 10, java.util.concurrent.TimeUnit.SECONDS);
            try (Socket s = new Socket(InetAddress.getLoopbackAddress(), tcp.port())) {
                s.setTcpNoDelay(true);
                run("tcp", new TestHost(new java.io.BufferedInputStream(s.getInputStream(), 1 << 16),
                        s.getOutputStream()), data);
            }
        }
    }

    private static void run(String name, TestHost h, byte[] data) throws Exception {
        h.connect();
        long t0 = System.nanoTime();
        h.writeData(8, 0, data, MIB);
        long t1 = System.nanoTime();
        byte[] back = h.readData(8, 0, data.length);
        long t2 = System.nanoTime();
        if (!java.util.Arrays.equals(back, data)) {
            throw new AssertionError("read back differs");
        }
        System.out.printf("%s: write %.0f MB/s, read %.0f MB/s (%d MiB)%n", name, data.length / ((t1 - t0) / 1e3),
                data.length / ((t2 - t1) / 1e3), data.length / MIB);
    }
}
