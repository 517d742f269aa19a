package org.scatterbench.emulator.wire;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

import org.scatterbench.emulator.fault.Direction;
import org.scatterbench.emulator.fault.FaultPlan;

/**
 * The phone's end of one session's line: blocking byte reads and whole-unit writes, with the
 * byte-level faults of a {@link FaultPlan} applied. Each {@link #write} is flushed at once, so a
 * host sees every answer as soon as the phone produced it.
 */
public final class DeviceLink {

    private static final long STALL_SLICE_MILLIS = 10;

    private final InputStream in;
    private final OutputStream out;
    private final FaultPlan faults;
    private final BooleanSupplier hungUp;
    private long received;
    private long sent;
    private boolean closed;

    /**
     * @param hungUp tells whether the endpoint has dropped the line; a stall polls it so that a
     *               long stall ends with the line, not minutes later
     */
    public DeviceLink(InputStream in, OutputStream out, FaultPlan faults, BooleanSupplier hungUp) {
        this.in = in;
        this.out = out;
        this.faults = faults;
        this.hungUp = hungUp;
    }

    public long received() {
        return received;
    }

    public long sent() {
        return sent;
    }

    public int readByte() throws IOException {
        while (true) {
            checkCut(Direction.FROM_HOST, received);
            int b = in.read();
            if (b < 0) {
                throw new LinkClosedException("host closed the line", false);
            }
            long at = received++;
            if (hit(faults.dropAt(Direction.FROM_HOST), at)) {
                continue;
            }
            if (hit(faults.corruptAt(Direction.FROM_HOST), at)) {
                b ^= 0xFF;
            }
            return b;
        }
    }

    /** Bytes the host has sent that the phone has not read yet, as far as the stream can tell. */
    public int pendingInput() {
        try {
            return in.available();
        } catch (IOException e) {
            return 0;
        }
    }

    public byte[] readFully(int n) throws IOException {
        byte[] b = new byte[n];
        readFully(b, 0, n);
        return b;
    }

    public void readFully(byte[] b, int off, int n) throws IOException {
        readFully(b, off, n, (x, at, length) -> { });
    }

    /**
     * Reads exactly {@code n} bytes, telling {@code arrival} about each piece as it comes in, so
     * the caller can work on a packet while the rest of it is still on the line.
     */
    public void readFully(byte[] b, int off, int n, Arrival arrival) throws IOException {
        if (faults.hasByteFaults()) {
            readAroundFaults(b, off, n);
            arrival.arrived(b, off, n);
            return;
        }
        int done = 0;
        while (done < n) {
            int r = in.read(b, off + done, n - done);
            if (r < 0) {
                throw new LinkClosedException("host closed the line", false);
            }
            arrival.arrived(b, off + done, r);
            done += r;
            received += r;
        }
    }

    /** Sees the pieces of a read as they arrive. */
    @FunctionalInterface
    public interface Arrival {
        void arrived(byte[] buffer, int offset, int length);
    }

    /** Bulk reads up to the next faulty offset, then that one byte through {@link #readByte}. */
    private void readAroundFaults(byte[] b, int off, int n) throws IOException {
        int done = 0;
        while (done < n) {
            long room = faults.nextEvent(Direction.FROM_HOST, received) - received;
            if (room <= 0) {
                b[off + done++] = (byte) readByte();
                continue;
            }
            int r = in.read(b, off + done, (int) Math.min(room, n - done));
            if (r < 0) {
                throw new LinkClosedException("host closed the line", false);
            }
            done += r;
            received += r;
        }
    }

    public void writeByte(int b) throws IOException {
        write(new byte[] { (byte) b });
    }

    public void write(byte[] b) throws IOException {
        if (!faults.hasByteFaults()) {
            out.write(b);
            sent += b.length;
            out.flush();
            return;
        }
        for (int i = 0; i < b.length; i++) {
            long room = faults.nextEvent(Direction.TO_HOST, sent) - sent;
            if (room > 0) {
                // nothing happens before the next faulty offset: the bytes up to it go at once
                int bulk = (int) Math.min(room, b.length - i);
                out.write(b, i, bulk);
                sent += bulk;
                i += bulk - 1;
                checkCut(Direction.TO_HOST, sent);
                continue;
            }
            byte x = b[i];
            checkCut(Direction.TO_HOST, sent);
            long at = sent++;
            if (faults.stallAt() == at) {
                out.flush();
                stall(faults.stallMillis());
            }
            if (hit(faults.dropAt(Direction.TO_HOST), at)) {
                continue;
            }
            int v = x & 0xFF;
            if (hit(faults.corruptAt(Direction.TO_HOST), at)) {
                v ^= 0xFF;
            }
            out.write(v);
            checkCut(Direction.TO_HOST, sent);
        }
        out.flush();
    }

    private void checkCut(Direction d, long count) throws IOException {
        OptionalLong limit = faults.disconnectAfter(d);
        if (limit.isPresent() && count >= limit.getAsLong()) {
            out.flush();
            close();
            throw new LinkClosedException("fault plan cut the line after " + count + " bytes " + d, true);
        }
    }

    private static boolean hit(OptionalLong at, long offset) {
        return at.isPresent() && at.getAsLong() == offset;
    }

    private void stall(long millis) throws IOException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        try {
            while (System.nanoTime() < deadline) {
                if (hungUp.getAsBoolean()) {
                    throw new LinkClosedException("the line was dropped during a stall", true);
                }
                long left = (deadline - System.nanoTime()) / 1_000_000L;
                Thread.sleep(Math.max(1, Math.min(STALL_SLICE_MILLIS, left)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkClosedException("stall interrupted: the endpoint is closing", true);
        }
    }

    /** Closes both streams: the host sees end of stream. Idempotent. */
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
        } catch (IOException e) {
            // the host is gone already
        }
        try {
            in.close();
        } catch (IOException e) {
            // the host is gone already
        }
    }
}
