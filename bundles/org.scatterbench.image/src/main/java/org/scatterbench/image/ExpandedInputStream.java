package org.scatterbench.image;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;

/** The expanded bytes of an {@link ExtentCursor} as a stream, DONT_CARE ranges as zeros. */
final class ExpandedInputStream extends InputStream {

    private final ExtentCursor cursor;
    private boolean started;
    private boolean exhausted;

    ExpandedInputStream(ExtentCursor cursor) {
        this.cursor = cursor;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        if (len == 0) {
            return 0;
        }
        ByteBuffer dst = ByteBuffer.wrap(b, off, len);
        while (!exhausted) {
            if (started) {
                int n = cursor.read(dst);
                if (n > 0) {
                    return n;
                }
            }
            started = true;
            exhausted = !cursor.next();
        }
        return -1;
    }

    @Override
    public void close() throws IOException {
        exhausted = true;
        cursor.close();
    }
}
