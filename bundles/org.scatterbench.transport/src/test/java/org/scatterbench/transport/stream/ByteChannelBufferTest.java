package org.scatterbench.transport.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The queue copies outside its lock: a writer and a reader running at once must still hand over every byte in order. */
class ByteChannelBufferTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Property(tries = 40)
    void aConcurrentWriterAndReaderPassEveryByteInOrder(@ForAll @IntRange(min = 1, max = 4096) int capacity,
            @ForAll @IntRange(min = 1, max = 9000) int maxPiece, @ForAll long seed) throws Exception {
        byte[] stream = new byte[200_000];
        Random random = new Random(seed);
        random.nextBytes(stream);
        ByteChannelBuffer q = new ByteChannelBuffer("test", capacity);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            Random sizes = new Random(seed + 1);
            try {
                for (int at = 0; at < stream.length;) {
                    int n = Math.min(stream.length - at, 1 + sizes.nextInt(maxPiece));
                    q.put(stream, at, n);
                    at += n;
                }
                q.finish();
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buf = new byte[9000];
        Random reads = new Random(seed + 2);
        while (got.size() < stream.length) {
            int off = reads.nextInt(100);
            int n = q.read(buf, off, 1 + reads.nextInt(buf.length - off - 1), PATIENCE);
            got.write(buf, off, n);
        }
        writer.get(20, TimeUnit.SECONDS);
        assertThat(got.toByteArray()).isEqualTo(stream);
    }

    @Test
    void aDiscardKeepsTheBytesThatArriveAfterIt() throws Exception {
        ByteChannelBuffer q = new ByteChannelBuffer("test", 16);
        q.put(new byte[] { 1, 2, 3, 4, 5 }, 0, 5);
        byte[] two = new byte[2];
        assertThat(q.read(two, 0, 2, PATIENCE)).isEqualTo(2);
        q.clear();
        q.put(new byte[] { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8, 7 }, 0, 13); // wraps around the ring
        byte[] all = new byte[13];
        int n = 0;
        while (n < 13) {
            n += q.read(all, n, 13 - n, PATIENCE);
        }
        assertThat(all).containsExactly(9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 9, 8, 7);
    }
}
