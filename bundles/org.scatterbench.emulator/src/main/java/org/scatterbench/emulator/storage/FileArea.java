package org.scatterbench.emulator.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.scatterbench.model.Region;

/**
 * An area served in place from a file: the file is the phone's flash, so a write lands in it at
 * once. The size is fixed when the area is opened; the file never grows.
 */
public final class FileArea implements StorageArea, AutoCloseable {

    private static final int ERASE_CHUNK = 1 << 20;

    private final Region region;
    private final Path file;
    private final FileChannel channel;
    private final long size;

    private FileArea(Region region, Path file, FileChannel channel, long size) {
        this.region = region;
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    public static FileArea open(Region region, Path file) throws IOException {
        FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        return new FileArea(region, file, ch, ch.size());
    }

    public Path file() {
        return file;
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
    public synchronized void read(long offset, byte[] dst, int dstOffset, int length) throws IOException {
        checkRange(offset, length);
        ByteBuffer buf = ByteBuffer.wrap(dst, dstOffset, length);
        long pos = offset;
        while (buf.hasRemaining()) {
            int n = channel.read(buf, pos);
            if (n < 0) {
                throw new IOException(file + " shrank while serving it (read at 0x" + Long.toHexString(pos) + ")");
            }
            pos += n;
        }
    }

    @Override
    public synchronized void write(long offset, byte[] src, int srcOffset, int length) throws IOException {
        checkRange(offset, length);
        ByteBuffer buf = ByteBuffer.wrap(src, srcOffset, length);
        long pos = offset;
        while (buf.hasRemaining()) {
            pos += channel.write(buf, pos);
        }
    }

    @Override
    public synchronized void erase(long offset, long length) throws IOException {
        checkRange(offset, length);
        byte[] zeros = new byte[(int) Math.min(ERASE_CHUNK, Math.max(length, 1))];
        long done = 0;
        while (done < length) {
            int n = (int) Math.min(zeros.length, length - done);
            write(offset + done, zeros, 0, n);
            done += n;
        }
    }

    /** Pushes written bytes to the file system, so a process reading the image sees them. */
    public synchronized void force() throws IOException {
        channel.force(false);
    }

    @Override
    public synchronized void close() throws IOException {
        channel.close();
    }
}
