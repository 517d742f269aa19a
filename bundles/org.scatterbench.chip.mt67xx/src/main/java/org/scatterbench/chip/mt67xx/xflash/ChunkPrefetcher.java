package org.scatterbench.chip.mt67xx.xflash;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.scatterbench.flash.FlashException;
import org.scatterbench.model.ByteRange;

/**
 * Reads an image one packet ahead, on its own thread, and checksums it there. XFlash writes are
 * stop-and-wait (send a packet, wait for the DA's status), so without this the host reads and sums
 * the next megabyte only after the phone has answered; with it, that work overlaps the phone's.
 * Two buffers alternate: the one being sent and the one being filled.
 */
final class ChunkPrefetcher implements AutoCloseable {

    /** One packet's bytes, how many of them are valid, and their 16-bit sum. */
    record Chunk(byte[] data, int length, int sum16) {
    }

    private final InputStream source;
    private final ByteRange range;
    private final int chunkSize;
    private final ExecutorService reader;
    private byte[] spare;
    private long requested;
    private Future<Chunk> pending;

    ChunkPrefetcher(InputStream source, ByteRange range, int chunkSize) {
        this.source = source;
        this.range = range;
        this.chunkSize = chunkSize;
        this.reader = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xflash-prefetch " + range);
            t.setDaemon(true);
            return t;
        });
        this.spare = new byte[chunkSize];
        readAhead(new byte[chunkSize]);
    }

    /** The next packet; the previous one's buffer is reused, so the caller must be done with it. */
    Chunk next() throws FlashException {
        Chunk c;
        try {
            c = pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FlashException("interrupted while reading the image for " + range);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof FlashException ? (FlashException) cause
                    : new FlashException("cannot read the image for " + range + ": " + cause, cause);
        }
        byte[] free = spare;
        spare = c.data();
        readAhead(free);
        return c;
    }

    private void readAhead(byte[] buf) {
        long at = requested;
        int n = (int) Math.min(chunkSize, range.length() - at);
        if (n <= 0) {
            pending = null;
            return;
        }
        requested += n;
        pending = reader.submit(() -> fill(buf, n, at));
    }

    private Chunk fill(byte[] buf, int n, long done) throws FlashException {
        try {
            int got = source.readNBytes(buf, 0, n);
            if (got != n) {
                throw new FlashException("the image for " + range + " ended after " + (done + got) + " of "
                        + range.length() + " bytes");
            }
        } catch (IOException e) {
            throw new FlashException("cannot read the image for " + range + ": " + e.getMessage(), e);
        }
        return new Chunk(buf, n, XFlashClient.sum16(buf, n));
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
