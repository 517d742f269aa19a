package org.scatterbench.emulator.storage;

import java.io.IOException;

import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/** Records every successful write and erase of an area in a {@link WriteJournal}. */
final class JournaledArea implements StorageArea {

    private final StorageArea inner;
    private final WriteJournal journal;

    JournaledArea(StorageArea inner, WriteJournal journal) {
        this.inner = inner;
        this.journal = journal;
    }

    @Override
    public Region region() {
        return inner.region();
    }

    @Override
    public long size() {
        return inner.size();
    }

    @Override
    public void read(long offset, byte[] dst, int dstOffset, int length) throws IOException {
        inner.read(offset, dst, dstOffset, length);
    }

    @Override
    public void write(long offset, byte[] src, int srcOffset, int length) throws IOException {
        inner.write(offset, src, srcOffset, length);
        journal.record(WriteJournal.Kind.WRITE, new ByteRange(region(), offset, length));
    }

    @Override
    public void erase(long offset, long length) throws IOException {
        inner.erase(offset, length);
        journal.record(WriteJournal.Kind.ERASE, new ByteRange(region(), offset, length));
    }
}
