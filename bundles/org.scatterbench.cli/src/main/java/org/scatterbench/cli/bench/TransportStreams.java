package org.scatterbench.cli.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;

/** The far end of an in-memory pipe as the streams a virtual phone serves on. */
final class TransportStreams {

    private static final Duration PATIENCE = Duration.ofHours(1);

    private TransportStreams() {
    }

    static InputStream in(Transport t) {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                if (len == 0) {
                    return 0;
                }
                try {
                    return t.read(b, off, len, PATIENCE);
                } catch (DisconnectedException e) {
                    return -1;
                }
            }

            @Override
            public void close() throws IOException {
                t.close();
            }
        };
    }

    static OutputStream out(Transport t) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                t.write(new byte[] { (byte) b });
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                t.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                t.close();
            }
        };
    }
}
