package org.scatterbench.flash.op;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.flash.protocol.StorageInfo;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * A DA client over an in-memory user area, for engine tests: no protocol, just the SPI's contract
 * (whole commands, bounds) plus a write log, an optional failure on the n-th write and an optional
 * range whose writes are acknowledged but not stored (a flash that silently does not take them).
 */
final class MemoryDa implements DaClient {

    final byte[] user;
    final List<ByteRange> writes = new ArrayList<>();
    int failOnWrite = -1;
    /** The failure on the n-th write happens once (a glitch) instead of on every write from then on. */
    boolean failOnlyOnce;
    ByteRange dropsWritesTo;

    MemoryDa(int size) {
        user = new byte[size];
    }

    @Override
    public void start() {
        // already running
    }

    @Override
    public StorageInfo storage() {
        return new StorageInfo(Storage.EMMC, 512, Map.of(Region.EMMC_USER, (long) user.length), "CID0");
    }

    @Override
    public Map<String, String> facts() {
        return Map.of();
    }

    @Override
    public void read(ByteRange r, OutputStream sink, LongConsumer progress) throws FlashException {
        check(r);
        try {
            sink.write(user, (int) r.start(), (int) r.length());
        } catch (IOException e) {
            throw new FlashException(e.getMessage());
        }
        progress.accept(r.length());
    }

    @Override
    public void write(ByteRange r, InputStream source, LongConsumer progress) throws FlashException {
        check(r);
        if (writes.size() == failOnWrite) {
            if (failOnlyOnce) {
                failOnWrite = -1;
            }
            throw new FlashException("the DA rejected the data written at " + r, 0xC0040003L);
        }
        try {
            byte[] b = source.readNBytes((int) r.length());
            if (dropsWritesTo == null || !dropsWritesTo.overlaps(r)) {
                System.arraycopy(b, 0, user, (int) r.start(), b.length);
            }
        } catch (IOException e) {
            throw new FlashException(e.getMessage());
        }
        writes.add(r);
        progress.accept(r.length());
    }

    @Override
    public void format(ByteRange r, LongConsumer progress) throws FlashException {
        check(r);
        java.util.Arrays.fill(user, (int) r.start(), (int) r.end(), (byte) 0);
        writes.add(r);
    }

    @Override
    public void finish(EndAction action) {
        // nothing to end
    }

    private void check(ByteRange r) throws FlashException {
        if (!r.region().equals(Region.EMMC_USER) || r.end() > user.length) {
            throw new FlashException("outside the memory phone: " + r);
        }
    }
}
