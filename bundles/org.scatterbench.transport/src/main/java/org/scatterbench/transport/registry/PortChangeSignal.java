package org.scatterbench.transport.registry;

import java.time.Duration;

/**
 * Lets a waiter sleep until the next poll but wake at once when a hot-plug callback says the ports
 * changed. The generation counter closes the race between a scan and the start of the wait.
 */
final class PortChangeSignal {

    private long generation;

    synchronized void bump() {
        generation++;
        notifyAll();
    }

    synchronized long generation() {
        return generation;
    }

    /** Waits until the generation moves past {@code seen} or {@code max} elapses. */
    synchronized void awaitChange(long seen, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (generation == seen) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            long ms = left / 1_000_000L;
            int ns = (int) (left % 1_000_000L);
            wait(ms, ns);
        }
    }
}
