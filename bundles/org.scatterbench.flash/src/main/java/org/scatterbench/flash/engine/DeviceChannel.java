package org.scatterbench.flash.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.util.LinkedHashMap;
import java.util.Map;

import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/**
 * A read-only channel over one region of the phone, so the partition-table readers can parse the
 * device as if it were a disk image. Reads whole aligned blocks and keeps a few, because table
 * readers read small pieces (header, entries, backup header) and each DA read costs a round trip.
 */
final class DeviceChannel implements SeekableByteChannel {

    private static final int BLOCK = 64 * 1024;
    private static final int MAX_CACHED = 64;

    private final DaClient da;
    private final Region region;
    private final long size;
    private final Map<Long, byte[]> cache = new LinkedHashMap<>(16, 0.75f, true);
    private long position;
    private boolean open = true;

    DeviceChannel(DaClient da, Region region, long size) {
        this.da = da;
        this.region = region;
        this.size = size;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        if (position >= size) {
            return -1;
        }
        int total = 0;
        while (dst.hasRemaining() && position < size) {
            long blockStart = position / BLOCK * BLOCK;
            byte[] block = block(blockStart);
            int from = (int) (position - blockStart);
            int n = Math.min(dst.remaining(), block.length - from);
            if (n <= 0) {
                break;
            }
            dst.put(block, from, n);
            position += n;
            total += n;
        }
        return total;
    }

    private byte[] block(long start) throws IOException {
        byte[] b = cache.get(start);
        if (b != null) {
            return b;
        }
        long len = Math.min(BLOCK, size - start);
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) len);
        try {
            da.read(new ByteRange(region, start, len), out, n -> { });
        } catch (FlashException e) {
            throw new DeviceReadException(e);
        }
        b = out.toByteArray();
        cache.put(start, b);
        if (cache.size() > MAX_CACHED) {
            cache.remove(cache.keySet().iterator().next());
        }
        return b;
    }

    /** Carries a device failure through the table readers' IOException paths. */
    static final class DeviceReadException extends IOException {
        private static final long serialVersionUID = 1L;
        final FlashException cause;

        DeviceReadException(FlashException cause) {
            super(cause.getMessage(), cause);
            this.cause = cause;
        }
    }

    @Override
    public int write(ByteBuffer src) {
        throw new NonWritableChannelException();
    }

    @Override
    public long position() {
        return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
        if (newPosition < 0) {
            throw new IllegalArgumentException("negative position");
        }
        position = newPosition;
        return this;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public SeekableByteChannel truncate(long s) {
        throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
