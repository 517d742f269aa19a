package org.scatterbench.transport.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportTimeoutException;

class InMemoryPipeTest {

    private static final Duration LONG = Duration.ofSeconds(10);

    @Test
    void whatOneEndWritesTheOtherReads() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.open("host", "phone");
        pipe.a().write(new byte[] { 1, 2, 3 });
        pipe.b().write(new byte[] { 4 });
        assertThat(pipe.b().readFully(3, LONG)).containsExactly(1, 2, 3);
        assertThat(pipe.a().readFully(1, LONG)).containsExactly(4);
        assertThat(pipe.a().describe().port()).isEqualTo("host");
    }

    @Test
    void moreThanTheBufferHoldsFlowsWithAConcurrentReader() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.open("host", "phone");
        byte[] data = new byte[StreamTransport.BUFFER_SIZE * 3 + 17];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i ^ (i >>> 9));
        }
        CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
            try {
                return pipe.b().readFully(data.length, LONG);
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        pipe.a().write(data);
        assertThat(Arrays.equals(read.get(20, TimeUnit.SECONDS), data)).isTrue();
    }

    @Test
    void readsReturnWhatIsThereAndTimeOutWhenNothingIs() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.open("host", "phone");
        pipe.a().write(new byte[] { 1, 2 });
        byte[] buf = new byte[10];
        assertThat(pipe.b().read(buf, 0, 10, LONG)).isEqualTo(2);
        assertThatThrownBy(() -> pipe.b().read(buf, 0, 10, Duration.ofMillis(5)))
                .isInstanceOf(TransportTimeoutException.class);
        assertThatThrownBy(() -> pipe.b().read(buf, 0, 10, Duration.ZERO)).isInstanceOf(TransportTimeoutException.class);
    }

    @Test
    void closingOneEndDisconnectsTheOtherAfterItDrained() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.open("host", "phone");
        pipe.a().write(new byte[] { 7 });
        pipe.a().close();
        assertThat(pipe.b().readFully(1, LONG)).containsExactly(7);
        assertThatThrownBy(() -> pipe.b().read(new byte[1], 0, 1, LONG)).isInstanceOf(DisconnectedException.class);
        assertThatThrownBy(() -> pipe.b().write(new byte[] { 1 })).isInstanceOf(DisconnectedException.class)
                .hasMessageContaining("other side closed");
        assertThatThrownBy(() -> pipe.a().read(new byte[1], 0, 1, LONG)).isInstanceOf(DisconnectedException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void discardInputDropsOnlyWhatArrivedBefore() throws Exception {
        InMemoryPipe pipe = InMemoryPipe.open("host", "phone");
        Transport b = pipe.b();
        pipe.a().write(new byte[] { 1, 2, 3 });
        b.discardInput();
        pipe.a().write(new byte[] { 4 });
        assertThat(b.readFully(1, LONG)).containsExactly(4);
    }
}
