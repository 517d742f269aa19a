package org.scatterbench.chip.mt67xx.xflash;

import java.io.IOException;
import java.io.InputStream;

import org.scatterbench.flash.FlashException;
import org.scatterbench.model.ByteRange;

/**
 * Reads an image packet by packet and sums each packet as it is read. Two buffers alternate, so a
 * packet stays intact while the next one is read: the writer reads packet N+1 between sending packet
 * N and reading the DA's status for it, which overlaps the host's file read and checksum with the
 * DA's check and store of the previous packet, on the same thread and without copying.
 */
final class ChunkReader {

    /** One packet's bytes, how many of them are valid, and their 16-bit sum. */
    record Chunk(byte[] data, int length, int sum16) {
    }

    private final InputStream source;
    private final ByteRange range;
    private final int chunkSize;
    private final byte[][] buffers;
    private long read;
    private int turn;

    ChunkReader(InputStream source, ByteRange range, int chunkSize) {
        this.source = source;
        this.range = range;
        this.chunkSize = chunkSize;
        this.buffers = new byte[][] { new byte[chunkSize], new byte[chunkSize] };
    }

    /** The next packet, or null after the last; the one returned before it stays valid. */
    Chunk next() throws FlashException {
        int n = (int) Math.min(chunkSize, range.length() - read);
        if (n <= 0) {
            return null;
        }
        byte[] buf = buffers[turn];
        turn ^= 1;
        try {
            int got = source.readNBytes(buf, 0, n);
            if (got != n) {
                throw new FlashException("the image for " + range + " ended after " + (read + got) + " of "
                        + range.length() + " bytes");
            }
        } catch (IOException e) {
            throw new FlashException("cannot read the image for " + range + ": " + e.getMessage(), e);
        }
        read += n;
        return new Chunk(buf, n, Sum16.of(buf, n));
    }
}
