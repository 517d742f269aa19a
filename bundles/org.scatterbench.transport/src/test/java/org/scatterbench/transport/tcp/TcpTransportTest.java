package org.scatterbench.transport.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.TransportTimeoutException;

class TcpTransportTest {

    private static final Duration LONG = Duration.ofSeconds(10);
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private ServerSocket server;
    private Transport client;
    private Transport peer;

    @BeforeEach
    void connect() throws Exception {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        Future<Socket> accepted = pool.submit(server::accept);
        client = new TcpTransportDriver().open("tcp://127.0.0.1:" + server.getLocalPort(), TransportOptions.defaults());
        peer = TcpTransport.over(accepted.get(10, TimeUnit.SECONDS), TransportDescription.of("tcp", "peer"));
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        peer.close();
        server.close();
        pool.shutdownNow();
    }

    @Test
    void bytesTravelBothWays() throws Exception {
        client.write(new byte[] { (byte) 0xA0, 0x0A, 0x50, 0x05 });
        assertThat(peer.readFully(4, LONG)).containsExactly(0xA0, 0x0A, 0x50, 0x05);
        peer.write(new byte[] { 0x5F, (byte) 0xF5 });
        assertThat(client.readFully(2, LONG)).containsExactly(0x5F, 0xF5);
        assertThat(client.describe().driverId()).isEqualTo("tcp");
        assertThat(client.describe().port()).isEqualTo("tcp://127.0.0.1:" + server.getLocalPort());
    }

    @Test
    void aLargeTransferArrivesIntact() throws Exception {
        byte[] data = new byte[3 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 131 + (i >>> 11));
        }
        CompletableFuture<Void> sent = CompletableFuture.runAsync(() -> {
            try {
                client.write(data);
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        }, pool);
        byte[] got = peer.readFully(data.length, LONG);
        sent.get(10, TimeUnit.SECONDS);
        assertThat(Arrays.equals(got, data)).isTrue();
    }

    @Test
    void aReadWithNothingToReadTimesOutAndTheConnectionStaysUsable() throws Exception {
        Duration timeout = Duration.ofMillis(50);
        long start = System.nanoTime();
        assertThatThrownBy(() -> client.read(new byte[8], 0, 8, timeout)).isInstanceOf(TransportTimeoutException.class)
                .hasMessageContaining("nothing received within 50 ms");
        // lower bound only: a read may never give up early
        assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(timeout.toNanos() - 1_000_000);
        peer.write(new byte[] { 42 });
        assertThat(client.readFully(1, LONG)).containsExactly(42);
    }

    @Test
    void bytesReadyBeforeTheTimeoutAreReturnedNotTimedOut() throws Exception {
        peer.write(new byte[] { 1, 2, 3 });
        byte[] b = new byte[16];
        int n = 0;
        while (n < 3) {
            n += client.read(b, n, b.length - n, LONG);
        }
        assertThat(Arrays.copyOf(b, 3)).containsExactly(1, 2, 3);
    }

    @Test
    void thePeerClosingIsADisconnection() throws Exception {
        peer.write(new byte[] { 7 });
        peer.close();
        assertThat(client.readFully(1, LONG)).containsExactly(7);
        assertThatThrownBy(() -> client.read(new byte[1], 0, 1, LONG)).isInstanceOf(DisconnectedException.class)
                .hasMessageContaining("closed the connection");
    }

    @Test
    void closingFromAnotherThreadEndsABlockedRead() throws Exception {
        Future<Integer> reader = pool.submit(() -> client.read(new byte[1], 0, 1, Duration.ofMinutes(5)));
        client.close();
        assertThatThrownBy(() -> reader.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DisconnectedException.class);
        assertThat(client.isOpen()).isFalse();
        assertThatThrownBy(() -> client.write(new byte[1])).isInstanceOf(DisconnectedException.class);
    }
}
