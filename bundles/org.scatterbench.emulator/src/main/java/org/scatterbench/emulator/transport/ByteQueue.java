package org.scatterbench.emulator.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;

/**
 * A bounded, blocking byte queue with a stream at each end: one direction of an in-memory line.
 * Unlike {@code PipedInputStream} it does not care which threads read and write. Closing either
 * end ends the line: the reader sees end of stream once the queue is drained, the writer an
 * IOException.
 */
final class ByteQueue {

    private final byte[] ring;
    private int head;
    private int count;
    private boolean writerClosed;
    private boolean readerClosed;

    ByteQueue(int capacity) {
        this.ring = new byte[capacity];
    }

    private synchronized int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (count == 0) {
            if (writerClosed || readerClosed) {
                return -1;
            }
            await();
        }
        int n = Math.min(len, count);
        int first = Math.min(n, ring.length - head);
        System.arraycopy(ring, head, b, off, first);
        System.arraycopy(ring, 0, b, off + first, n - first);
        head = (head + n) % ring.length;
        count -= n;
        notifyAll();
        return n;
    }

    private synchronized void write(byte[] b, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            if (readerClosed || writerClosed) {
                throw new IOException("line closed");
            }
            if (count == ring.length) {
                await();
                continue;
            }
            int n = Math.min(len - done, ring.length - count);
            int tail = (head + count) % ring.length;
            int first = Math.min(n, ring.length - tail);
            System.arraycopy(b, off + done, ring, tail, first);
            System.arraycopy(b, off + done + first, ring, 0, n - first);
            count += n;
            done += n;
            notifyAll();
        }
    }

    private void await() throws InterruptedIOException {
        try {
            wait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting on the line");
        }
    }

    private synchronized void closeWriter() {
        writerClosed = true;
        notifyAll();
    }

    private synchronized void closeReader() {
        readerClosed = true;
        notifyAll();
    }

    InputStream input() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = ByteQueue.this.read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return ByteQueue.this.read(b, off, len);
            }

            @Override
            public int available() {
                synchronized (ByteQueue.this) {
                    return count;
                }
            }

            @Override
            public void close() {
                closeReader();
            }
        };
    }

    OutputStream output() {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                ByteQueue.this.write(new byte[] { (byte) b }, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                ByteQueue.this.write(b, off, len);
            }

            @Override
            public void close() {
                closeWriter();
            }
        };
    }
}
