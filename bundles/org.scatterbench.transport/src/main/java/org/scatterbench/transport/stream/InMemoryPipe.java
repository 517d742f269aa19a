package org.scatterbench.transport.stream;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;

/**
 * Two transports joined back to back in memory: what one writes, the other reads. Used to run the
 * host side against an in-process peer without threads of its own. Unlike
 * {@link java.io.PipedInputStream}, it does not care which threads read and write or whether they are
 * still alive. Closing one end is seen by the other as a disconnection once it has read what was sent.
 */
public final class InMemoryPipe {

    private final End a;
    private final End b;

    private InMemoryPipe(TransportDescription da, TransportDescription db, int capacity) {
        ByteChannelBuffer toA = new ByteChannelBuffer(da.port(), capacity);
        ByteChannelBuffer toB = new ByteChannelBuffer(db.port(), capacity);
        this.a = new End(da, toA, toB);
        this.b = new End(db, toB, toA);
    }

    public static InMemoryPipe open(String nameA, String nameB) {
        return new InMemoryPipe(TransportDescription.of("memory", nameA), TransportDescription.of("memory", nameB),
                StreamTransport.BUFFER_SIZE);
    }

    public Transport a() {
        return a;
    }

    public Transport b() {
        return b;
    }

    private static final class End implements Transport {
        private final TransportDescription description;
        private final ByteChannelBuffer incoming;
        private final ByteChannelBuffer outgoing;
        private volatile boolean open = true;

        End(TransportDescription description, ByteChannelBuffer incoming, ByteChannelBuffer outgoing) {
            this.description = description;
            this.incoming = incoming;
            this.outgoing = outgoing;
        }

        @Override
        public TransportDescription describe() {
            return description;
        }

        @Override
        public void write(byte[] data, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, data.length);
            if (!open) {
                throw new DisconnectedException(description.port() + ": transport is closed");
            }
            if (!outgoing.put(data, offset, length)) {
                throw new DisconnectedException(description.port() + ": the other side closed the connection");
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
            return incoming.read(buffer, offset, length, timeout);
        }

        @Override
        public void discardInput() {
            incoming.clear();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() {
            open = false;
            incoming.close();
            outgoing.finish();
        }
    }
}
