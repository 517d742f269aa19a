package org.scatterbench.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.image.sparse.SparseImageWriter;

class StreamingTest {

    private static final int BLOCK = 4096;

    @TempDir
    Path dir;

    @Test
    void rawImageStreamsInCallerSizedChunks() throws Exception {
        byte[] content = Crafted.data(100_003, 4);
        Path raw = Files.write(dir.resolve("logo.bin"), content);
        ImageSource src = ImageSource.open(raw);
        assertThat(src.isSparse()).isFalse();
        assertThat(src.expandedSize()).isEqualTo(100_003);
        ByteBuffer small = ByteBuffer.allocate(777);
        java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
        try (ExtentCursor c = src.extents()) {
            assertThat(c.next()).isTrue();
            assertThat(c.current()).isEqualTo(Extent.data(0, 100_003));
            int n;
            while ((n = c.read(small.clear())) > 0) {
                assertThat(n).isLessThanOrEqualTo(777);
                got.write(small.array(), 0, n);
            }
            assertThat(c.position()).isEqualTo(100_003);
            assertThat(c.next()).isFalse();
        }
        assertThat(got.toByteArray()).isEqualTo(content);
        assertThat(src.openExpanded().readAllBytes()).isEqualTo(content);
        assertThat(src.sha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void fillPatternKeepsItsPhaseAcrossOddReads() throws Exception {
        Path img = Crafted.sparse().fill(0x44332211, 3).write(dir.resolve("fill.img"));
        ImageSource src = ImageSource.open(img);
        ByteBuffer odd = ByteBuffer.allocate(7);
        byte[] all = new byte[3 * BLOCK];
        int at = 0;
        try (ExtentCursor c = src.extents()) {
            assertThat(c.next()).isTrue();
            assertThat(c.current().kind()).isEqualTo(ExtentKind.FILL);
            assertThat(c.current().patternValue()).isEqualTo(0x44332211);
            int n;
            while ((n = c.read(odd.clear())) > 0) {
                System.arraycopy(odd.array(), 0, all, at, n);
                at += n;
            }
        }
        assertThat(at).isEqualTo(all.length);
        for (int i = 0; i < all.length; i++) {
            assertThat(all[i]).as("byte %d", i).isEqualTo((byte) (0x11 * ((i & 3) + 1)));
        }
    }

    /**
     * 1 GiB expanded (data at both ends, a 256 MiB fill, don't-care in between), streamed through a
     * 64 KiB caller buffer; the bytes are proven by SHA-256 against an independent generator.
     */
    @Test
    void oneGibSparseImageStreamsThroughABoundedBuffer() throws Exception {
        long total = 1L << 30;
        byte[] head = Crafted.data(1 << 20, 21);
        byte[] tail = Crafted.data(64 * BLOCK, 22);
        long fillBlocks = (256L << 20) / BLOCK;
        long skipBlocks = total / BLOCK - head.length / BLOCK - fillBlocks - tail.length / BLOCK;
        Path img = dir.resolve("super.img");
        try (SparseImageWriter w = SparseImageWriter.create(img, BLOCK, false)) {
            w.raw(head);
            w.fill(0xA5A55A5A, fillBlocks);
            w.dontCare(skipBlocks);
            w.raw(tail);
        }
        assertThat(Files.size(img)).isLessThan(2L << 20);
        ImageSource src = ImageSource.open(img);
        assertThat(src.expandedSize()).isEqualTo(total);
        assertThat(src.totals().dataBytes()).isEqualTo(head.length + tail.length);
        assertThat(src.totals().definedEnd()).isEqualTo(total);

        byte[] fillUnit = new byte[BLOCK];
        ByteBuffer.wrap(fillUnit).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer()
                .put(new int[BLOCK / 4]); // zero first, then fill
        for (int i = 0; i < BLOCK; i += 4) {
            ByteBuffer.wrap(fillUnit, i, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(0xA5A55A5A);
        }
        byte[] expected = new Hashes().bytes(head).repeat(fillUnit, fillBlocks).repeat(new byte[BLOCK], skipBlocks)
                .bytes(tail).done();

        MessageDigest viaCursor = MessageDigest.getInstance("SHA-256");
        ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024);
        List<Extent> seen = new ArrayList<>();
        long allocatedBefore = allocatedByThisThread();
        try (ExtentCursor c = src.extents()) {
            while (c.next()) {
                seen.add(c.current());
                while (c.read(buf.clear()) > 0) {
                    viaCursor.update(buf.flip());
                }
            }
        }
        long allocated = allocatedByThisThread() - allocatedBefore;
        assertThat(viaCursor.digest()).isEqualTo(expected);
        if (allocatedBefore >= 0) {
            // Nothing close to the image (or even one 64 MiB chunk) was ever put on the heap.
            assertThat(allocated).as("heap bytes allocated while streaming 1 GiB").isLessThan(16L << 20);
        }
        assertThat(seen).extracting(Extent::kind).containsExactly(ExtentKind.DATA, ExtentKind.FILL,
                ExtentKind.DONT_CARE, ExtentKind.DATA);
        assertThat(seen.get(3).offset()).isEqualTo(total - tail.length);
    }

    @Test
    void openExpandedIsTheWholeImageWithDontCareAsZeros() throws Exception {
        byte[] a = Crafted.data(2 * BLOCK, 30);
        Path img = Crafted.sparse().dontCare(1).raw(a).fill(0, 1).write(dir.resolve("x.img"));
        try (InputStream in = ImageSource.open(img).openExpanded()) {
            byte[] all = in.readAllBytes();
            assertThat(all).hasSize(4 * BLOCK);
            assertThat(java.util.Arrays.copyOfRange(all, 0, BLOCK)).containsOnly(0);
            assertThat(java.util.Arrays.copyOfRange(all, BLOCK, 3 * BLOCK)).isEqualTo(a);
            assertThat(java.util.Arrays.copyOfRange(all, 3 * BLOCK, 4 * BLOCK)).containsOnly(0);
            assertThat(ImageSource.open(img).sha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(all));
        }
    }

    /** Past 4 GiB every offset must still be exact: a 32-bit slip would land the data at 0. */
    @Test
    void sparseImageBeyondFourGibKeepsExactOffsets() throws Exception {
        long fourGib = 4L << 30;
        byte[] data = Crafted.data(2 * BLOCK, 40);
        Path img = dir.resolve("big.img");
        try (SparseImageWriter w = SparseImageWriter.create(img, BLOCK, false)) {
            w.dontCare(fourGib / BLOCK);
            w.raw(data);
            w.fill(0x01010101, 1);
            w.dontCare(1000);
        }
        long expanded = fourGib + 3L * BLOCK + 1000L * BLOCK;
        assertThat(ImageFiles.expandedSize(img)).isEqualTo(expanded);
        ImageSource src = ImageSource.open(img);
        List<Extent> seen = new ArrayList<>();
        try (ExtentCursor c = src.extents()) {
            while (c.next()) {
                seen.add(c.current());
            }
        }
        assertThat(seen).containsExactly(Extent.dontCare(0, fourGib), Extent.data(fourGib, 2 * BLOCK),
                Extent.fill(fourGib + 2 * BLOCK, BLOCK, new byte[] { 1, 1, 1, 1 }),
                Extent.dontCare(fourGib + 3 * BLOCK, 1000L * BLOCK));

        Path target = dir.resolve("partition.bin");
        try (FileChannel ch = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, StandardOpenOption.SPARSE)) {
            long written = ImageExpander.expandTo(src, ch, 512, ImageExpander.DontCare.SKIP,
                    ByteBuffer.allocate(4096));
            assertThat(written).isEqualTo(3L * BLOCK);
            ByteBuffer back = ByteBuffer.allocate(2 * BLOCK + 4);
            ch.read(back, 512 + fourGib);
            assertThat(java.util.Arrays.copyOf(back.array(), 2 * BLOCK)).isEqualTo(data);
            assertThat(java.util.Arrays.copyOfRange(back.array(), 2 * BLOCK, 2 * BLOCK + 4)).containsOnly(1);
            assertThat(ch.size()).isEqualTo(512 + fourGib + 3L * BLOCK);
        }
    }

    /** Heap bytes this thread has allocated so far, or -1 when the JVM cannot tell. */
    private static long allocatedByThisThread() {
        // Reflection: the JDK-specific interface is not part of the JavaSE-17 profile the build compiles against.
        try {
            Object mx = java.lang.management.ManagementFactory.getThreadMXBean();
            Class<?> sun = Class.forName("com.sun.management.ThreadMXBean");
            if (!sun.isInstance(mx) || !(Boolean) sun.getMethod("isThreadAllocatedMemorySupported").invoke(mx)) {
                return -1;
            }
            return (Long) sun.getMethod("getThreadAllocatedBytes", long.class).invoke(mx,
                    Thread.currentThread().getId());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return -1;
        }
    }
}
