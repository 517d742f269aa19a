package org.scatterbench.transport.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportTimeoutException;

class StreamTransportTest {

    private static final Duration LONG = Duration.ofSeconds(10);
    private static final TransportDescription DESC = TransportDescription.of("stream", "test-stream");
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void echoesThroughARealChildProcess() throws Exception {
        Process cat = new ProcessBuilder("cat").start();
        try (StreamTransport t = StreamTransport.start(DESC, cat.getInputStream(), cat.getOutputStream())) {
            t.write(new byte[] { (byte) 0xA0, 0x0A, 0x50, 0x05 });
            assertThat(t.readFully(4, LONG)).containsExactly(0xA0, 0x0A, 0x50, 0x05);
        } finally {
            cat.destroy();
            cat.waitFor(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void endOfStreamComesAfterTheBufferedBytes() throws Exception {
        try (StreamTransport t = StreamTransport.start(DESC, new ByteArrayInputStream(new byte[] { 1, 2, 3 }),
                new ByteArrayOutputStream())) {
            assertThat(t.readFully(3, LONG)).containsExactly(1, 2, 3);
            assertThatThrownBy(() -> t.read(new byte[1], 0, 1, LONG)).isInstanceOf(DisconnectedException.class)
                    .hasMessageContaining("test-stream").hasMessageContaining("closed the connection");
        }
    }

    @Test
    void aSilentStreamTimesOutWithoutLosingLaterBytes() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1024);
        try (StreamTransport t = StreamTransport.start(DESC, in, new ByteArrayOutputStream())) {
            Duration timeout = Duration.ofMillis(30);
            long start = System.nanoTime();
            assertThatThrownBy(() -> t.read(new byte[4], 0, 4, timeout)).isInstanceOf(TransportTimeoutException.class);
            assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(timeout.toNanos());
            feed.write(new byte[] { 5, 6 });
            feed.flush();
            assertThat(t.readFully(2, LONG)).containsExactly(5, 6);
        }
    }

    @Test
    void aFailingStreamIsADisconnectionNamingTheCause() throws Exception {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("cable pulled");
            }
        };
        try (StreamTransport t = StreamTransport.start(DESC, broken, new ByteArrayOutputStream())) {
            assertThatThrownBy(() -> t.read(new byte[1], 0, 1, LONG)).isInstanceOf(DisconnectedException.class)
                    .hasMessageContaining("cable pulled");
        }
    }

    @Test
    void aFailingWriteIsADisconnection() throws Exception {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        };
        try (StreamTransport t = StreamTransport.start(DESC, new ByteArrayInputStream(new byte[0]), broken)) {
            assertThatThrownBy(() -> t.write(new byte[] { 1 })).isInstanceOf(DisconnectedException.class)
                    .hasMessageContaining("broken pipe");
        }
    }

    @Test
    void writesReachTheOutputStream() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (StreamTransport t = StreamTransport.start(DESC, new ByteArrayInputStream(new byte[0]), out)) {
            t.write(new byte[] { 9, 8, 7, 6 }, 1, 2);
        }
        assertThat(out.toByteArray()).containsExactly(8, 7);
    }

    @Test
    void closeEndsABlockedReadAndStopsThePump() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1024);
        List<Thread> threads = new ArrayList<>();
        StreamTransport t = StreamTransport.start(DESC, in, new ByteArrayOutputStream(), r -> {
            Thread th = new Thread(r, "pump under test");
            threads.add(th);
            return th;
        });
        Future<Integer> reader = pool.submit(() -> t.read(new byte[1], 0, 1, Duration.ofMinutes(5)));
        t.close();
        assertThatThrownBy(() -> reader.get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(DisconnectedException.class);
        threads.get(0).join(10_000);
        assertThat(threads.get(0).isAlive()).isFalse();
        assertThat(t.isOpen()).isFalse();
    }
}
