package org.scatterbench.emulator.transport;

/** A place a host can reach a virtual phone: a TCP port or a pseudo-terminal. */
public interface Endpoint extends AutoCloseable {

    /** Where a host connects, in the form the emulator prints: {@code tcp://127.0.0.1:PORT} or {@code pty PATH}. */
    String address();

    @Override
    void close();
}
