package org.scatterbench.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The live heap while something runs: every 20 ms, the heap the last garbage collection left
 * (the sum over heap pools of their after-collection usage). Garbage waiting to be collected is
 * not counted, so the figure is what the work keeps, not how lazy the collector is.
 */
final class HeapProbe implements AutoCloseable {

    private final AtomicLong peak = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    HeapProbe() {
        System.gc();
        peak.set(liveHeap());
        sampler = new Thread(() -> {
            while (running) {
                peak.accumulateAndGet(liveHeap(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    private static long liveHeap() {
        long n = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP) {
                MemoryUsage u = p.getCollectionUsage();
                n += u != null ? u.getUsed() : p.getUsage().getUsed();
            }
        }
        return n;
    }

    double peakMib() {
        return peak.get() / (double) (1 << 20);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
