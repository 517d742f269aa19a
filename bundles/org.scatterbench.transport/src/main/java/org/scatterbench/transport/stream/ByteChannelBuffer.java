package org.scatterbench.transport.stream;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * A bounded byte queue between one producer (a reader thread or the peer of an in-memory pipe) and the
 * reading side of a transport, with the SPI's read semantics: wait up to a deadline for at least one
 * byte, hand out what is there, report end of stream only after the buffered bytes are consumed.
 * <p>
 * The bytes are copied outside the state lock: a writer reserves free space, copies, then publishes
 * it; a reader takes filled space, copies, then frees it. So a writer and a reader copy at the same
 * time instead of taking turns, which halves the time a megabyte packet spends in the queue. Writers
 * and readers are each serialised by their own lock, so the reserved regions never overlap.
 * <p>
 * A reader that finds the queue empty spins for a moment before it sleeps. The protocols on top are
 * stop-and-wait: the answer to a packet usually comes within tens of microseconds, and waking a
 * sleeping thread costs about as long again. Worse, on a small machine the scheduler tends to wake
 * the reader on the writer's core, and two threads that hand a packet back and forth then share one
 * core for a whole transfer (measured: half the speed in about one run of three). The spin is
 * bounded, and skipped on a single core, where it would only keep the writer from running.
 */
final class ByteChannelBuffer {

    /** How long an empty read spins before it sleeps: longer than a wake-up, short against any timeout. */
    private static final long SPIN_NANOS = Runtime.getRuntime().availableProcessors() > 1 ? 100_000 : 0;

    private final String name;
    private final byte[] ring;
    private final ReentrantLock lock = new ReentrantLock();
    private final ReentrantLock putLock = new ReentrantLock();
    private final ReentrantLock takeLock = new ReentrantLock();
    private final Condition readable = lock.newCondition();
    private final Condition writable = lock.newCondition();
    private int head;
    private int count;
    private boolean endOfStream;
    private boolean closed;
    private IOException failure;
    /** {@link #count} as a spinning reader may read it without the lock; written under the lock. */
    private volatile int filled;
    /** Set once nothing more will arrive (closed, ended or failed): a spinning reader stops at once. */
    private volatile boolean settled;

    ByteChannelBuffer(String name, int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.name = name;
        this.ring = new byte[capacity];
    }

    /** Appends all bytes, blocking while the buffer is full. Returns false if the reader side closed. */
    boolean put(byte[] data, int offset, int length) throws InterruptedIOException {
        putLock.lock();
        try {
            int done = 0;
            while (done < length) {
                int tail;
                int n;
                lock.lock();
                try {
                    while (count == ring.length && !closed) {
                        awaitUninterruptiblyOrThrow(writable);
                    }
                    if (closed) {
                        return false;
                    }
                    tail = (head + count) % ring.length;
                    n = Math.min(length - done, Math.min(ring.length - count, ring.length - tail));
                } finally {
                    lock.unlock();
                }
                // [tail, tail + n) is free, and only this writer (holding putLock) fills it
                System.arraycopy(data, offset + done, ring, tail, n);
                lock.lock();
                try {
                    if (closed) {
                        return false;
                    }
                    count += n;
                    filled = count;
                    readable.signalAll();
                } finally {
                    lock.unlock();
                }
                done += n;
            }
            return true;
        } finally {
            putLock.unlock();
        }
    }

    private static void awaitUninterruptiblyOrThrow(Condition c) throws InterruptedIOException {
        try {
            c.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for buffer space");
        }
    }

    /** The producer reached the end: readers get the remaining bytes, then {@link DisconnectedException}. */
    void finish() {
        lock.lock();
        try {
            endOfStream = true;
            settled = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The producer failed; reported to the reader as a disconnection once the buffer is drained. */
    void fail(IOException cause) {
        lock.lock();
        try {
            if (failure == null) {
                failure = cause;
            }
            endOfStream = true;
            settled = true;
            readable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The reading side closed: wakes everybody, later reads and puts fail. */
    void close() {
        lock.lock();
        try {
            closed = true;
            settled = true;
            count = 0;
            filled = 0;
            readable.signalAll();
            writable.signalAll();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Drops what has arrived. The head moves past it rather than back to 0: a writer may be filling
     * the space after it right now, and those bytes arrive after the discard, so they are kept.
     */
    void clear() {
        takeLock.lock();
        lock.lock();
        try {
            head = (head + count) % ring.length;
            count = 0;
            filled = 0;
            writable.signalAll();
        } finally {
            lock.unlock();
            takeLock.unlock();
        }
    }

    /** The SPI's read: at least one byte or an exception; a zero-length read is a caller's error. */
    int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            throw new IllegalArgumentException("read of 0 bytes");
        }
        takeLock.lock();
        try {
            spinWhileEmpty(timeout);
            int from;
            int n;
            lock.lock();
            try {
                awaitReadable(timeout);
                n = Math.min(length, count);
                from = head;
            } finally {
                lock.unlock();
            }
            // [from, from + n) is filled, and the writer leaves it alone until it is freed below
            int first = Math.min(n, ring.length - from);
            System.arraycopy(ring, from, buffer, offset, first);
            System.arraycopy(ring, 0, buffer, offset + first, n - first);
            lock.lock();
            try {
                if (!closed) {
                    head = (from + n) % ring.length;
                    count -= n;
                    filled = count;
                    writable.signalAll();
                }
            } finally {
                lock.unlock();
            }
            return n;
        } finally {
            takeLock.unlock();
        }
    }

    /** Busy-waits, without the lock, up to {@link #SPIN_NANOS} (or the timeout) for a first byte. */
    private void spinWhileEmpty(Duration timeout) {
        if (filled > 0 || settled || SPIN_NANOS == 0) {
            return;
        }
        long spin = timeout.compareTo(Duration.ofNanos(SPIN_NANOS)) < 0 ? timeout.toNanos() : SPIN_NANOS;
        long deadline = System.nanoTime() + spin;
        while (filled == 0 && !settled && System.nanoTime() - deadline < 0) {
            Thread.onSpinWait();
        }
    }

    /** Waits, holding {@link #lock}, until a byte is there; fails on close, end of stream or timeout. */
    private void awaitReadable(Duration timeout) throws IOException {
        long remaining = timeout.toNanos();
        while (count == 0) {
            if (closed) {
                throw new DisconnectedException(name + ": transport is closed");
            }
            if (endOfStream) {
                throw failure == null ? new DisconnectedException(name + ": the other side closed the connection")
                        : new DisconnectedException(name + ": connection lost: " + failure.getMessage(), failure);
            }
            if (remaining <= 0) {
                throw new TransportTimeoutException(name + ": nothing received within " + timeout.toMillis() + " ms");
            }
            try {
                remaining = readable.awaitNanos(remaining);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException(name + ": interrupted while reading");
            }
        }
    }

    /** Bytes waiting to be read (for tests and diagnostics). */
    int available() {
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }
}
