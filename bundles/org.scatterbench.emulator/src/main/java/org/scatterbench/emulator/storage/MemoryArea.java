package org.scatterbench.emulator.storage;

import java.util.HashMap;
import java.util.Map;

import org.scatterbench.model.Region;

/**
 * An area held in memory, sparsely: pages are allocated on first write, so a large boot or RPMB
 * area costs nothing until it is written. Unwritten bytes read as zero.
 */
public final class MemoryArea implements StorageArea {

    private static final int PAGE = 64 * 1024;

    private final Region region;
    private final long size;
    private final Map<Long, byte[]> pages = new HashMap<>();

    public MemoryArea(Region region, long size) {
        if (size < 0) {
            throw new IllegalArgumentException(region + ": negative size " + size);
        }
        this.region = region;
        this.size = size;
    }

    @Override
    public Region region() {
        return region;
    }

    @Override
    public long size() {
        return size;
    }

    @Override
    public synchronized void read(long offset, byte[] dst, int dstOffset, int length) {
        checkRange(offset, length);
        int done = 0;
        while (done < length) {
            long pos = offset + done;
            int inPage = (int) (pos % PAGE);
            int n = Math.min(length - done, PAGE - inPage);
            byte[] page = pages.get(pos / PAGE);
            if (page == null) {
                java.util.Arrays.fill(dst, dstOffset + done, dstOffset + done + n, (byte) 0);
            } else {
                System.arraycopy(page, inPage, dst, dstOffset + done, n);
            }
            done += n;
        }
    }

    @Override
    public synchronized void write(long offset, byte[] src, int srcOffset, int length) {
        checkRange(offset, length);
        int done = 0;
        while (done < length) {
            long pos = offset + done;
            int inPage = (int) (pos % PAGE);
            int n = Math.min(length - done, PAGE - inPage);
            byte[] page = pages.computeIfAbsent(pos / PAGE, k -> new byte[PAGE]);
            System.arraycopy(src, srcOffset + done, page, inPage, n);
            done += n;
        }
    }

    @Override
    public synchronized void erase(long offset, long length) {
        checkRange(offset, length);
        long done = 0;
        while (done < length) {
            long pos = offset + done;
            int inPage = (int) (pos % PAGE);
            int n = (int) Math.min(length - done, PAGE - inPage);
            byte[] page = pages.get(pos / PAGE);
            if (page != null) {
                if (inPage == 0 && n == PAGE) {
                    pages.remove(pos / PAGE);
                } else {
                    java.util.Arrays.fill(page, inPage, inPage + n, (byte) 0);
                }
            }
            done += n;
        }
    }
}
