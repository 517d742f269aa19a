package org.scatterbench.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.scatterbench.image.content.ContentProbe;
import org.scatterbench.image.content.ImageInfo;

/**
 * Damaged images (bytes overwritten, files cut short or extended) must either be read
 * consistently or be refused with an {@link ImageFormatException}: never another exception,
 * never more or fewer bytes than the expanded size they state.
 */
class MutationFuzzTest {

    /** One change to the file: overwrite {@code value} at {@code position}, or cut the file there. */
    record Mutation(int position, int value, boolean truncate) {
    }

    private Path dir;
    private byte[] seed;

    @BeforeProperty
    void setUp() throws Exception {
        dir = Files.createTempDirectory("sparse-fuzz");
        // Every chunk type, a CRC over the lot, bigger-than-usual headers: many fields to hit.
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        byte[] data = Crafted.data(8, 77);
        Crafted c = Crafted.sparse().blockSize(8);
        c.fileHdrSz = 32;
        c.chunkHdrSz = 16;
        c.raw(data).fill(0x01020304, 3).dontCare(2);
        crc.update(data);
        for (int i = 0; i < 3 * 2; i++) {
            crc.update(new byte[] { 4, 3, 2, 1 });
        }
        crc.update(new byte[16]);
        c.crc((int) crc.getValue()).raw(Crafted.data(16, 78));
        seed = c.bytes();
    }

    @AfterProperty
    void tearDown() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Mutation> one = Combinators.combine(Arbitraries.integers().between(0, 200),
                Arbitraries.integers().between(0, 255), Arbitraries.of(false, false, false, true)).as(Mutation::new);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }

    @Property(tries = 600)
    void damagedSparseImagesAreReadConsistentlyOrRefused(@ForAll("mutations") List<Mutation> mutations)
            throws Exception {
        byte[] bytes = seed.clone();
        for (Mutation m : mutations) {
            if (m.truncate()) {
                bytes = java.util.Arrays.copyOf(bytes, Math.min(bytes.length, m.position()));
            } else if (m.position() < bytes.length) {
                bytes[m.position()] = (byte) m.value();
            }
        }
        Path img = Files.write(dir.resolve("fuzz.img"), bytes);
        ImageSource src;
        try {
            src = ImageSource.open(img);
        } catch (ImageFormatException e) {
            assertThat(e.getMessage()).startsWith(img.toString() + ": ");
            return;
        }
        long expanded = src.expandedSize();
        if (expanded > 64L << 20) {
            // Two lucky mutations can declare gigabytes; check the map, do not stream it.
            assertThat(src.extentMap().stream().mapToLong(Extent::length).sum()).isEqualTo(expanded);
            return;
        }
        try {
            long produced = 0;
            ByteBuffer buf = ByteBuffer.allocate(7);
            try (ExtentCursor c = src.extents()) {
                long expectedOffset = 0;
                while (c.next()) {
                    assertThat(c.current().offset()).isEqualTo(expectedOffset);
                    expectedOffset = c.current().end();
                    int n;
                    while ((n = c.read(buf.clear())) > 0) {
                        produced += n;
                    }
                }
            }
            assertThat(produced).isEqualTo(expanded);
            if (expanded < 1 << 20) {
                assertThat(src.openExpanded().readAllBytes()).hasSize((int) expanded);
            }
        } catch (ImageFormatException e) {
            // Only a CRC32 mismatch can surface this late: the structure was validated at open.
            assertThat(e.getMessage()).contains("CRC32");
        }
        ImageInfo info = ContentProbe.describe(src);
        assertThat(info.expandedSize()).isEqualTo(expanded);
    }

    @Property(tries = 300)
    void arbitraryHeadsNeverBreakTheContentProbe(@ForAll("heads") byte[] head) throws IOException {
        Path img = Files.write(dir.resolve("head.img"), head);
        try {
            ImageInfo info = ImageFiles.describe(img);
            assertThat(info.description()).isNotBlank();
        } catch (ImageFormatException e) {
            assertThat(e.getMessage()).startsWith(img.toString());
        }
    }

    /** Random bytes with a recognisable magic planted, so that the field parsers do run. */
    @Provide
    Arbitrary<byte[]> heads() {
        // Sized noise from a seed: generating 13 KB arrays element by element would dominate the run time.
        Arbitrary<Integer> size = Arbitraries.integers().between(0, 13000);
        Arbitrary<Long> noiseSeed = Arbitraries.longs();
        Arbitrary<Integer> which = Arbitraries.integers().between(0, 7);
        return Combinators.combine(size, noiseSeed, which).as((n, s, w) -> {
            byte[] b = new byte[n];
            new java.util.Random(s).nextBytes(b);
            return plant(b, w);
        });
    }

    private static byte[] plant(byte[] b, int which) {
        ByteBuffer le = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        switch (which) {
            case 0 -> putIfRoom(le, 1024 + 0x38, new byte[] { 0x53, (byte) 0xEF });
            case 1 -> putIfRoom(le, 1024, new byte[] { 0x10, 0x20, (byte) 0xF5, (byte) 0xF2 });
            case 2 -> putIfRoom(le, 1024, new byte[] { (byte) 0xE2, (byte) 0xE1, (byte) 0xF5, (byte) 0xE0 });
            case 3 -> putIfRoom(le, 0, "AVB0".getBytes());
            case 4 -> putIfRoom(le, 4096, new byte[] { 0x67, 0x44, 0x6C, 0x61 });
            case 5 -> putIfRoom(le, 0, new byte[] { 0x3A, (byte) 0xFF, 0x26, (byte) 0xED });
            case 6 -> putIfRoom(le, Math.max(0, b.length - 64), "AVBf".getBytes());
            default -> {
                // plain noise
            }
        }
        return b;
    }

    private static void putIfRoom(ByteBuffer b, int at, byte[] what) {
        if (at + what.length <= b.limit()) {
            b.put(at, what);
        }
    }
}
