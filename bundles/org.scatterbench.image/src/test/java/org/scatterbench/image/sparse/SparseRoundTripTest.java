package org.scatterbench.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

import org.scatterbench.image.Extent;
import org.scatterbench.image.ExtentCursor;
import org.scatterbench.image.ExtentKind;
import org.scatterbench.image.ImageFiles;
import org.scatterbench.image.ImageSource;

/** Random extents → sparse file → expand must give back exactly what went in. */
class SparseRoundTripTest {

    /** One generated piece of an image: its kind, length in blocks, pattern and data seed. */
    record Piece(ExtentKind kind, int blocks, int pattern, long seed) {
    }

    private Path dir;

    @BeforeProperty
    void makeDir() throws Exception {
        dir = Files.createTempDirectory("sparse-rt");
    }

    @AfterProperty
    void removeDir() throws Exception {
        try (var files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    Arbitrary<Piece> piece() {
        return Combinators.combine(Arbitraries.of(ExtentKind.class), Arbitraries.integers().between(0, 6),
                Arbitraries.integers(), Arbitraries.longs()).as(Piece::new);
    }

    @Provide
    Arbitrary<List<Piece>> pieces() {
        return piece().list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<Integer> blockSize() {
        return Arbitraries.of(4, 8, 512, 4096);
    }

    @Property(tries = 150)
    void extentsSurviveTheRoundTrip(@ForAll("pieces") List<Piece> pieces, @ForAll("blockSize") int blockSize,
            @ForAll boolean withCrc) throws Exception {
        List<Piece> nonEmpty = pieces.stream().filter(p -> p.blocks() > 0).toList();
        if (nonEmpty.isEmpty()) {
            nonEmpty = List.of(new Piece(ExtentKind.DONT_CARE, 1, 0, 0));
        }
        Path img = dir.resolve("rt.img");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        List<Extent> expectedExtents = new ArrayList<>();
        try (SparseImageWriter w = SparseImageWriter.create(img, blockSize, withCrc)) {
            long offset = 0;
            for (Piece p : nonEmpty) {
                int len = p.blocks() * blockSize;
                Extent e = switch (p.kind()) {
                    case DATA -> Extent.data(offset, len);
                    case FILL -> Extent.fill(offset, len, le(p.pattern()));
                    case DONT_CARE -> Extent.dontCare(offset, len);
                };
                byte[] bytes = contentOf(p, len);
                w.extent(e, p.kind() == ExtentKind.DATA ? ByteBuffer.wrap(bytes) : null);
                if (withCrc) {
                    w.crc();
                }
                expected.write(bytes);
                expectedExtents.add(e);
                offset += len;
            }
        }
        ImageSource src = ImageSource.open(img);
        assertThat(src.isSparse()).isTrue();
        assertThat(src.expandedSize()).isEqualTo(expected.size());
        assertThat(ImageFiles.expandedSize(img)).isEqualTo(expected.size());
        assertThat(src.openExpanded().readAllBytes()).isEqualTo(expected.toByteArray());
        List<Extent> seen = new ArrayList<>();
        try (ExtentCursor c = src.extents()) {
            while (c.next()) {
                seen.add(c.current());
            }
        }
        assertThat(seen).isEqualTo(expectedExtents);
        assertThat(src.extentMap()).isEqualTo(expectedExtents);
    }

    @Property(tries = 100)
    void randomAccessReadsMatchTheExpandedBytes(@ForAll("pieces") List<Piece> pieces,
            @ForAll("blockSize") int blockSize, @ForAll long offsetSeed, @ForAll("lengths") int length)
            throws Exception {
        Path img = dir.resolve("ra.img");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (SparseImageWriter w = SparseImageWriter.create(img, blockSize, false)) {
            w.dontCare(1);
            expected.write(new byte[blockSize]);
            for (Piece p : pieces) {
                int len = p.blocks() * blockSize;
                byte[] bytes = contentOf(p, len);
                switch (p.kind()) {
                    case DATA -> w.raw(bytes);
                    case FILL -> w.fill(p.pattern(), p.blocks());
                    case DONT_CARE -> w.dontCare(p.blocks());
                }
                expected.write(bytes);
            }
        }
        byte[] all = expected.toByteArray();
        ImageSource src = ImageSource.open(img);
        long offset = Math.floorMod(offsetSeed, (long) all.length + 3);
        ByteBuffer dst = ByteBuffer.allocate(length);
        int n = src.readAt(offset, dst);
        if (offset >= all.length) {
            assertThat(n).isEqualTo(-1);
        } else {
            int want = (int) Math.min(length, all.length - offset);
            assertThat(n).isEqualTo(want);
            assertThat(java.util.Arrays.copyOf(dst.array(), n))
                    .isEqualTo(java.util.Arrays.copyOfRange(all, (int) offset, (int) offset + want));
        }
    }

    @Provide
    Arbitrary<Integer> lengths() {
        return Arbitraries.integers().between(0, 20000);
    }

    @Property(tries = 100)
    void rawFilesSurviveConversion(@ForAll("pieces") List<Piece> pieces, @ForAll("blockSize") int blockSize,
            @ForAll int tailBytes, @ForAll boolean zerosAsDontCare) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (Piece p : pieces) {
            raw.write(contentOf(p, p.blocks() * blockSize));
        }
        raw.write(contentOf(new Piece(ExtentKind.DATA, 0, 0, tailBytes), Math.floorMod(tailBytes, blockSize)));
        byte[] original = raw.toByteArray();
        if (original.length == 0) {
            original = new byte[] { 42 };
        }
        Path rawFile = Files.write(dir.resolve("in.raw"), original);
        Path img = dir.resolve("out.img");
        RawToSparse.convert(rawFile, img, blockSize,
                zerosAsDontCare ? RawToSparse.ZeroBlocks.DONT_CARE : RawToSparse.ZeroBlocks.FILL, true);
        ImageSource src = ImageSource.open(img);
        long padded = (original.length + blockSize - 1) / blockSize * (long) blockSize;
        assertThat(src.expandedSize()).isEqualTo(padded);
        byte[] expanded = src.openExpanded().readAllBytes();
        byte[] expectedPadded = java.util.Arrays.copyOf(original, (int) padded);
        assertThat(expanded).isEqualTo(expectedPadded);
        assertThat(src.totals().crcChunks()).isEqualTo(1);
    }

    private static byte[] contentOf(Piece p, int len) {
        byte[] b = new byte[len];
        switch (p.kind()) {
            case DATA -> new java.util.Random(p.seed()).nextBytes(b);
            case FILL -> {
                byte[] pat = le(p.pattern());
                for (int i = 0; i < len; i++) {
                    b[i] = pat[i & 3];
                }
            }
            case DONT_CARE -> {
                // zeros
            }
        }
        return b;
    }

    private static byte[] le(int v) {
        return ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(v).array();
    }
}
