package org.scatterbench.ui.flash;

import java.io.IOException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;

/**
 * A transport that writes every exchange to the protocol log (logger {@value #LOGGER}): direction,
 * length and the first bytes in hex. The engine is unaware of it; the Log view shows the trace.
 */
public final class TracingTransport implements Transport {

    static final String LOGGER = "org.scatterbench.protocol";
    private static final int SHOWN_BYTES = 24;

    private final Transport delegate;
    private final Logger log = Logger.getLogger(LOGGER);

    public TracingTransport(Transport delegate) {
        this.delegate = delegate;
    }

    @Override
    public TransportDescription describe() {
        return delegate.describe();
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        trace("host > phone", data, offset, length);
        delegate.write(data, offset, length);
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        int n = delegate.read(buffer, offset, length, timeout);
        if (n > 0) {
            trace("phone > host", buffer, offset, n);
        }
        return n;
    }

    @Override
    public void discardInput() throws IOException {
        delegate.discardInput();
    }

    /** Passed on: over USB it ends the DA upload with the zero-length packet the BROM waits for. */
    @Override
    public void endOfTransfer() throws IOException {
        delegate.endOfTransfer();
    }

    @Override
    public boolean isOpen() {
        return delegate.isOpen();
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    private void trace(String direction, byte[] data, int offset, int length) {
        if (log.isLoggable(Level.INFO)) {
            String hex = HexFormat.ofDelimiter(" ").formatHex(data, offset, offset + Math.min(length, SHOWN_BYTES));
            log.info(direction + " " + length + " B: " + hex + (length > SHOWN_BYTES ? " ..." : ""));
        }
    }
}
