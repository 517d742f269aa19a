package org.scatterbench.transport.usb;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.scatterbench.transport.DisconnectedException;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * A MediaTek CDC-ACM device driven directly over its bulk endpoints.
 * <ul>
 * <li>Writes go out in chunks that are whole multiples of the OUT endpoint's max packet size, with
 * no zero-length packet between or after them: a real boot ROM or DA reads a known length, and a
 * stray ZLP is not something it expects. A ZLP goes out only when the protocol asks for one with
 * {@link #endOfTransfer()} (after the DA1 upload, as mtkclient does).</li>
 * <li>Reads ask for whole multiples of the IN endpoint's max packet size (anything less risks an
 * overflow error when the device sends a full packet) and keep what the caller did not want for the
 * next read.</li>
 * <li>Opening detaches the kernel's cdc_acm driver from the interfaces it needs and claims them;
 * closing releases them and gives them back to the kernel, so /dev/ttyACM reappears.</li>
 * </ul>
 */
public final class UsbBulkTransport implements Transport {

    /** Largest single bulk transfer; 64 KiB keeps libusb's URBs in one piece on every kernel. */
    public static final int DEFAULT_MAX_TRANSFER = 64 * 1024;
    private static final int CDC_REQUEST_OUT = 0x21;
    private static final int SET_LINE_CODING = 0x20;
    private static final int SET_CONTROL_LINE_STATE = 0x22;
    private static final int DTR_AND_RTS = 0x03;
    private static final int LINE_CODING_BAUD = 921_600;
    private static final long CONTROL_TIMEOUT_MS = 1000;

    private final UsbDeviceHandle handle;
    private final TransportDescription description;
    private final CdcEndpoints endpoints;
    private final List<Integer> claimed;
    private final List<Integer> detached;
    private final int writeChunk;
    private final long writeTimeoutMs;
    private final byte[] readBuffer;
    private int readPos;
    private int readLen;
    private volatile boolean open = true;

    private UsbBulkTransport(UsbDeviceHandle handle, TransportDescription description, CdcEndpoints endpoints,
            List<Integer> claimed, List<Integer> detached, int maxTransfer, TransportOptions options) {
        this.handle = handle;
        this.description = description;
        this.endpoints = endpoints;
        this.claimed = claimed;
        this.detached = detached;
        this.writeChunk = wholePackets(maxTransfer, endpoints.out().maxPacketSize());
        this.readBuffer = new byte[wholePackets(maxTransfer, endpoints.in().maxPacketSize())];
        this.writeTimeoutMs = TransportOptions.millisAtLeastOne(options.writeTimeout());
    }

    static int wholePackets(int limit, int packet) {
        return Math.max(packet, limit / packet * packet);
    }

    /**
     * Claims the device's CDC interfaces and returns a transport over them. On failure everything done
     * so far is undone and the handle is closed.
     */
    public static UsbBulkTransport open(UsbDeviceHandle handle, TransportDescription description,
            TransportOptions options, int maxTransfer) throws IOException {
        List<Integer> claimed = new ArrayList<>();
        List<Integer> detached = new ArrayList<>();
        try {
            CdcEndpoints ep = CdcEndpoints.find(handle.interfaces());
            List<Integer> wanted = new ArrayList<>();
            if (ep.commInterface() >= 0) {
                wanted.add(ep.commInterface());
            }
            wanted.add(ep.dataInterface());
            for (int iface : wanted) {
                if (handle.isKernelDriverActive(iface)) {
                    handle.detachKernelDriver(iface);
                    detached.add(iface);
                }
                handle.claimInterface(iface);
                claimed.add(iface);
            }
            UsbBulkTransport t = new UsbBulkTransport(handle, description, ep, claimed, detached, maxTransfer, options);
            t.setLineCoding();
            return t;
        } catch (UsbBackendException e) {
            release(handle, claimed, detached);
            handle.close();
            throw new IOException(UsbErrors.explain(description.port(), "claim the device", e), e);
        } catch (RuntimeException e) {
            release(handle, claimed, detached);
            handle.close();
            throw e;
        }
    }

    /**
     * 921600 8N1 with DTR and RTS, as the boot ROM's USB path expects (MTK-PROTOCOL.md section 1).
     * Best effort: the bulk pipe works without it, and some preloaders stall these requests.
     */
    private void setLineCoding() {
        int comm = endpoints.commInterface() >= 0 ? endpoints.commInterface() : endpoints.dataInterface();
        byte[] coding = { (byte) LINE_CODING_BAUD, (byte) (LINE_CODING_BAUD >>> 8), (byte) (LINE_CODING_BAUD >>> 16),
                (byte) (LINE_CODING_BAUD >>> 24), 0, 0, 8 };
        handle.controlTransfer(CDC_REQUEST_OUT, SET_LINE_CODING, 0, comm, coding, CONTROL_TIMEOUT_MS);
        handle.controlTransfer(CDC_REQUEST_OUT, SET_CONTROL_LINE_STATE, DTR_AND_RTS, comm, new byte[0], CONTROL_TIMEOUT_MS);
    }

    public CdcEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public TransportDescription describe() {
        return description;
    }

    @Override
    public void write(byte[] data, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, data.length);
        ensureOpen();
        int done = 0;
        while (done < length) {
            int n = Math.min(writeChunk, length - done);
            TransferResult r = handle.bulkTransfer(endpoints.out().address(), data, offset + done, n, writeTimeoutMs);
            done += r.transferred();
            if (!r.isOk()) {
                throw writeFailure(r, done, length);
            }
            if (r.transferred() == 0) {
                throw new IOException(description.port() + ": the device accepted 0 bytes of a bulk write");
            }
        }
    }

    /** Sends one zero-length packet on the bulk OUT endpoint. */
    @Override
    public void endOfTransfer() throws IOException {
        ensureOpen();
        TransferResult zlp = handle.bulkTransfer(endpoints.out().address(), new byte[0], 0, 0, writeTimeoutMs);
        if (!zlp.isOk()) {
            throw writeFailure(zlp, 0, 0);
        }
    }

    private IOException writeFailure(TransferResult r, int done, int length) {
        String progress = " (" + done + " of " + length + " bytes written)";
        return switch (r.status()) {
        case TIMEOUT -> new TransportTimeoutException(description.port() + ": the device accepted no data for "
                + writeTimeoutMs + " ms" + progress);
        case NO_DEVICE -> new DisconnectedException(description.port() + ": the device disappeared" + progress);
        case PIPE -> new IOException(description.port() + ": the device stalled the bulk OUT endpoint" + progress);
        default -> new IOException(description.port() + ": bulk write failed: " + r.detail() + progress);
        };
    }

    @Override
    public int read(byte[] buffer, int offset, int length, Duration timeout) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            throw new IllegalArgumentException("read of 0 bytes");
        }
        ensureOpen();
        if (readLen > 0) {
            return takeBuffered(buffer, offset, length);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long leftMs = Math.max(1, (deadline - System.nanoTime() + 999_999) / 1_000_000);
            int packet = endpoints.in().maxPacketSize();
            boolean direct = length >= packet;
            int ask = direct ? Math.min(wholePackets(length, packet), readBuffer.length) : readBuffer.length;
            TransferResult r = direct
                    ? handle.bulkTransfer(endpoints.in().address(), buffer, offset, ask, leftMs)
                    : handle.bulkTransfer(endpoints.in().address(), readBuffer, 0, ask, leftMs);
            if (r.transferred() > 0) {
                // bytes that arrived with a timeout are still data
                if (direct) {
                    return r.transferred();
                }
                readPos = 0;
                readLen = r.transferred();
                return takeBuffered(buffer, offset, length);
            }
            switch (r.status()) {
            case OK:
                break; // a zero-length packet: keep waiting for data
            case TIMEOUT:
                throw new TransportTimeoutException(description.port() + ": nothing received within "
                        + timeout.toMillis() + " ms");
            case NO_DEVICE:
                throw new DisconnectedException(description.port() + ": the device disappeared");
            case OVERFLOW:
                throw new IOException(description.port() + ": the device sent more than a whole packet (overflow)");
            case PIPE:
                throw new IOException(description.port() + ": the device stalled the bulk IN endpoint");
            default:
                throw new IOException(description.port() + ": bulk read failed: " + r.detail());
            }
            if (System.nanoTime() >= deadline) {
                throw new TransportTimeoutException(description.port() + ": nothing received within "
                        + timeout.toMillis() + " ms");
            }
        }
    }

    private int takeBuffered(byte[] buffer, int offset, int length) {
        int n = Math.min(length, readLen);
        System.arraycopy(readBuffer, readPos, buffer, offset, n);
        readPos += n;
        readLen -= n;
        return n;
    }

    @Override
    public void discardInput() {
        readLen = 0;
        readPos = 0;
    }

    private void ensureOpen() throws DisconnectedException {
        if (!open) {
            throw new DisconnectedException(description.port() + ": transport is closed");
        }
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    /** Releases the interfaces and hands them back to the kernel; an unplugged device is fine. */
    @Override
    public void close() {
        if (!open) {
            return;
        }
        open = false;
        release(handle, claimed, detached);
        handle.close();
    }

    private static void release(UsbDeviceHandle handle, List<Integer> claimed, List<Integer> detached) {
        for (int iface : claimed) {
            try {
                handle.releaseInterface(iface);
            } catch (UsbBackendException e) {
                // the device is gone or was reset: nothing left to release
            }
        }
        for (int iface : detached) {
            try {
                handle.attachKernelDriver(iface);
            } catch (UsbBackendException e) {
                // the kernel rebinds on the next enumeration anyway
            }
        }
    }
}
