package org.scatterbench.flash.op;

import java.io.ByteArrayInputStream;
import java.io.OutputStream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.model.ByteRange;

/**
 * Device reads and writes cut into complete DA commands of at most {@link #COMMAND_BYTES}, with
 * the fence checked before each write, cancellation checked between commands, and the offset
 * reached tracked for failure reports. Progress is in KiB.
 */
final class DeviceIo {

    static final int COMMAND_BYTES = 4 * 1024 * 1024;
    static final int SECTOR = 512;

    private final DaClient da;
    private final WriteFence fence;
    private final IProgressMonitor monitor;
    private long offsetReached;
    private long bytesMoved;
    private long kibReported;

    DeviceIo(DaClient da, WriteFence fence, IProgressMonitor monitor) {
        this.da = da;
        this.fence = fence;
        this.monitor = monitor;
    }

    long offsetReached() {
        return offsetReached;
    }

    long bytesMoved() {
        return bytesMoved;
    }

    void checkCancel() throws Cancelled {
        if (monitor.isCanceled()) {
            throw new Cancelled();
        }
    }

    /** Writes {@code data[0..length)} at {@code range.start()}, zero-padded to whole sectors. */
    void write(ByteRange at, byte[] data, int length, String what) throws FlashException, Cancelled {
        int padded = (int) ((length + SECTOR - 1L) / SECTOR * SECTOR);
        byte[] buf = data;
        if (padded != length || data.length < padded) {
            buf = java.util.Arrays.copyOf(data, padded);
            java.util.Arrays.fill(buf, length, padded, (byte) 0);
        }
        for (int off = 0; off < padded; off += COMMAND_BYTES) {
            checkCancel();
            int n = Math.min(COMMAND_BYTES, padded - off);
            ByteRange r = new ByteRange(at.region(), Math.addExact(at.start(), off), n);
            fence.check(r, what);
            offsetReached = r.start();
            da.write(r, new ByteArrayInputStream(buf, off, n), x -> { });
            offsetReached = r.end();
            moved(n);
        }
    }

    /** Reads {@code range} into {@code sink}, one command per {@link #COMMAND_BYTES}. */
    void read(ByteRange range, OutputStream sink) throws FlashException, Cancelled {
        for (long off = 0; off < range.length(); off += COMMAND_BYTES) {
            checkCancel();
            long n = Math.min(COMMAND_BYTES, range.length() - off);
            ByteRange r = new ByteRange(range.region(), range.start() + off, n);
            offsetReached = r.start();
            da.read(r, sink, x -> { });
            offsetReached = r.end();
            moved(n);
        }
    }

    void format(ByteRange range, String what) throws FlashException, Cancelled {
        checkCancel();
        fence.check(range, what);
        offsetReached = range.start();
        da.format(range, x -> { });
        offsetReached = range.end();
        moved(range.length());
    }

    private void moved(long n) {
        bytesMoved += n;
        long kib = bytesMoved / 1024;
        monitor.worked((int) (kib - kibReported));
        kibReported = kib;
    }
}
