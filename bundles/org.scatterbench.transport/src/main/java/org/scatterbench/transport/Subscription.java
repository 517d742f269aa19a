package org.scatterbench.transport;

/** A registered listener; closing it unregisters. Closing twice is harmless. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {

    Subscription NONE = () -> {
    };

    @Override
    void close();
}
