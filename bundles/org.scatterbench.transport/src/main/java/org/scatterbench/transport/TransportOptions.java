package org.scatterbench.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How to open a port. Read timeouts are not here: every {@link Transport#read} names its own, because
 * a handshake byte and a 4 MiB block need very different patience.
 *
 * @param openTimeout  how long opening may take (TCP connect, USB claim)
 * @param writeTimeout how long one write may block before the device counts as not answering
 * @param baudRate     serial line speed; ignored by USB and TCP (a pty ignores it too)
 */
public record TransportOptions(Duration openTimeout, Duration writeTimeout, int baudRate) {

    public static final int DEFAULT_BAUD = 115_200;

    public TransportOptions {
        Objects.requireNonNull(openTimeout, "openTimeout");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        if (openTimeout.isNegative() || writeTimeout.isNegative()) {
            throw new IllegalArgumentException("timeouts must not be negative");
        }
        if (baudRate <= 0) {
            throw new IllegalArgumentException("baud rate must be positive: " + baudRate);
        }
    }

    public static TransportOptions defaults() {
        return new TransportOptions(Duration.ofSeconds(5), Duration.ofSeconds(30), DEFAULT_BAUD);
    }

    public TransportOptions withOpenTimeout(Duration d) {
        return new TransportOptions(d, writeTimeout, baudRate);
    }

    public TransportOptions withWriteTimeout(Duration d) {
        return new TransportOptions(openTimeout, d, baudRate);
    }

    public TransportOptions withBaudRate(int baud) {
        return new TransportOptions(openTimeout, writeTimeout, baud);
    }

    /**
     * A duration as whole milliseconds for APIs that take an int, rounded up so that a non-zero wait
     * never becomes 0 (which several native APIs read as "wait forever").
     */
    public static int millisAtLeastOne(Duration d) {
        long ms = d.toMillis();
        if (!d.minusMillis(ms).isZero()) {
            ms = Math.addExact(ms, 1);
        }
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, ms));
    }
}
