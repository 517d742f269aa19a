package org.scatterbench.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;

import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.image.Crafted;
import org.scatterbench.image.ImageFiles;
import org.scatterbench.image.ImageFormatException;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.Sizes;

/** One crafted broken image per rule of ANDROID-IMAGES.md A.3; each message names where it broke. */
class SparseValidationTest {

    @TempDir
    Path dir;

    private Path write(Crafted c) throws IOException {
        return c.write(dir.resolve("broken.img"));
    }

    /** Opening (structure scan) must fail; the message names the file. */
    private AbstractThrowableAssert<?, ? extends Throwable> rejects(Path img) {
        return assertThatThrownBy(() -> SparseImageSource.open(img)).isInstanceOf(ImageFormatException.class)
                .hasMessageStartingWith(img.toString() + ": ");
    }

    private static long chunkIndex(Throwable t) {
        return ((ImageFormatException) t).chunkIndex();
    }

    private static long offset(Throwable t) {
        return ((ImageFormatException) t).offset();
    }

    @Test
    void wrongMagicIsRejectedWhenOpenedAsSparse() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        c.magic = 0x12345678;
        Path img = write(c);
        assertThat(ImageFiles.isSparse(img)).isFalse();
        rejects(img).hasMessageContaining("magic 0x12345678 at offset 0x0");
    }

    @Test
    void majorVersionOtherThanOne() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        c.major = 2;
        rejects(write(c)).hasMessageContaining("offset 0x4").hasMessageContaining("major version 2");
    }

    @Test
    void higherMinorVersionIsAccepted() throws Exception {
        Crafted c = Crafted.sparse().dontCare(3);
        c.minor = 7;
        assertThat(SparseImageSource.open(write(c)).header().minorVersion()).isEqualTo(7);
    }

    @Test
    void fileHeaderTooSmall() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        c.fileHdrSz = 24;
        rejects(write(c)).hasMessageContaining("offset 0x8").hasMessageContaining("file_hdr_sz 24");
    }

    @Test
    void chunkHeaderTooSmall() throws Exception {
        Crafted c = Crafted.sparse();
        c.chunkHdrSz = 8;
        c.dontCare(1);
        rejects(write(c)).hasMessageContaining("offset 0xA").hasMessageContaining("chunk_hdr_sz 8");
    }

    @Test
    void biggerHeadersAreSkipped() throws Exception {
        Crafted c = Crafted.sparse();
        c.fileHdrSz = 40;
        c.chunkHdrSz = 20;
        byte[] data = Crafted.data(4096, 5);
        c.raw(data).fill(0x01020304, 1);
        ImageSource src = SparseImageSource.open(write(c));
        assertThat(src.expandedSize()).isEqualTo(8192);
        byte[] expanded = src.openExpanded().readAllBytes();
        assertThat(java.util.Arrays.copyOf(expanded, 4096)).isEqualTo(data);
        assertThat(java.util.Arrays.copyOfRange(expanded, 4096, 4100)).containsExactly(4, 3, 2, 1);
    }

    @Test
    void blockSizeZero() throws Exception {
        Crafted c = Crafted.sparse().blockSize(0).dontCare(1);
        rejects(write(c)).hasMessageContaining("offset 0xC").hasMessageContaining("blk_sz 0");
    }

    @Test
    void blockSizeNotMultipleOfFour() throws Exception {
        Crafted c = Crafted.sparse().blockSize(4098).dontCare(1);
        rejects(write(c)).hasMessageContaining("offset 0xC").hasMessageContaining("blk_sz 4098");
    }

    @Test
    void totalBlocksZero() throws Exception {
        Crafted c = Crafted.sparse();
        c.totalBlks = 0;
        c.totalChunks = 0;
        rejects(write(c)).hasMessageContaining("offset 0x10").hasMessageContaining("total_blks is 0");
    }

    @Test
    void expandedSizeBeyond63BitsIsRefusedNotWrapped() throws Exception {
        Crafted c = Crafted.sparse().blockSize(0xFFFF_FFFC);
        c.totalBlks = 0xFFFF_FFFFL;
        c.totalChunks = 0;
        rejects(write(c)).hasMessageContaining("does not fit in 63 bits");
    }

    @Test
    void fileShorterThanHeader() throws Exception {
        byte[] full = Crafted.sparse().dontCare(1).bytes();
        Path img = Files.write(dir.resolve("short.img"), java.util.Arrays.copyOf(full, 20));
        assertThat(ImageFiles.isSparse(img)).isTrue();
        rejects(img).hasMessageContaining("needs 28 bytes but the file has only 20");
    }

    @Test
    void rawDataNotAMultipleOfBlockSize() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        long at = c.nextChunkOffset();
        c.chunk(0xCAC1, 1, 12 + 4000, new byte[4000]);
        Path img = write(c);
        rejects(img).hasMessageContaining("chunk 1 (RAW) at offset " + Sizes.hex(at))
                .hasMessageContaining("4000 data bytes are not a multiple of the block size 4096")
                .satisfies(t -> assertThat(chunkIndex(t)).isEqualTo(1))
                .satisfies(t -> assertThat(offset(t)).isEqualTo(at));
    }

    @Test
    void rawDataNotMatchingChunkSize() throws Exception {
        Crafted c = Crafted.sparse();
        long at = c.nextChunkOffset();
        c.chunk(0xCAC1, 3, 12 + 8192, new byte[8192]);
        c.totalBlks = 3;
        rejects(write(c)).hasMessageContaining("chunk 0 (RAW) at offset " + Sizes.hex(at))
                .hasMessageContaining("chunk_sz 3 blocks need 12288 data bytes but the chunk carries 8192");
    }

    @Test
    void fillWithWrongPayloadSize() throws Exception {
        Crafted c = Crafted.sparse().dontCare(2).fill(7, 1);
        long at = c.nextChunkOffset();
        c.chunk(0xCAC2, 1, 12 + 8, new byte[8]);
        rejects(write(c)).hasMessageContaining("chunk 2 (FILL) at offset " + Sizes.hex(at))
                .hasMessageContaining("carries 8 data bytes, a FILL chunk carries exactly 4");
    }

    @Test
    void dontCareWithPayload() throws Exception {
        Crafted c = Crafted.sparse();
        long at = c.nextChunkOffset();
        c.chunk(0xCAC3, 1, 12 + 4, new byte[4]);
        rejects(write(c)).hasMessageContaining("chunk 0 (DONT_CARE) at offset " + Sizes.hex(at))
                .hasMessageContaining("carries 4 data bytes, a DONT_CARE chunk carries none");
    }

    @Test
    void crcWithWrongPayloadSize() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        long at = c.nextChunkOffset();
        c.chunk(0xCAC4, 0, 12 + 2, new byte[2]);
        rejects(write(c)).hasMessageContaining("chunk 1 (CRC32) at offset " + Sizes.hex(at))
                .hasMessageContaining("carries 2 data bytes, a CRC32 chunk carries exactly 4");
    }

    @Test
    void crcChunkCoveringBlocks() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        long at = c.nextChunkOffset();
        c.chunk(0xCAC4, 1, 12 + 4, new byte[4]);
        rejects(write(c)).hasMessageContaining("chunk 1 (CRC32) at offset " + Sizes.hex(at))
                .hasMessageContaining("chunk_sz is 1, a CRC32 chunk covers no blocks");
    }

    @Test
    void unknownChunkType() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1).dontCare(1);
        long at = c.nextChunkOffset();
        c.chunk(0xCAC9, 1, 12, new byte[0]);
        rejects(write(c)).hasMessageContaining("chunk 2 at offset " + Sizes.hex(at))
                .hasMessageContaining("unknown chunk type 0xCAC9");
    }

    @Test
    void totalSizeSmallerThanChunkHeader() throws Exception {
        Crafted c = Crafted.sparse();
        c.chunk(0xCAC3, 1, 4, new byte[0]);
        rejects(write(c)).hasMessageContaining("chunk 0 (DONT_CARE) at offset 0x1C")
                .hasMessageContaining("total_sz 4 is smaller than its 12-byte header");
    }

    @Test
    void fileEndsInsideAChunkHeader() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        c.totalChunks = 2;
        c.totalBlks = 2;
        byte[] bytes = c.bytes();
        byte[] withStub = java.util.Arrays.copyOf(bytes, bytes.length + 5);
        Path img = Files.write(dir.resolve("stub.img"), withStub);
        rejects(img).hasMessageContaining("chunk 1 at offset " + Sizes.hex(bytes.length))
                .hasMessageContaining("header runs past the end of the file at " + Sizes.hex(withStub.length))
                .hasMessageContaining("declares 2 chunks");
    }

    @Test
    void fileEndsBeforeTheDeclaredChunks() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        c.totalChunks = 3;
        Path img = write(c);
        rejects(img).hasMessageContaining("chunk 1 at offset 0x28").hasMessageContaining("declares 3 chunks");
    }

    @Test
    void fileEndsInsideAFillPayload() throws Exception {
        Crafted c = Crafted.sparse().dontCare(1);
        long at = c.nextChunkOffset();
        c.fill(0x55, 1);
        byte[] b = c.bytes();
        Path img = Files.write(dir.resolve("cut.img"), java.util.Arrays.copyOf(b, b.length - 2));
        rejects(img).hasMessageContaining("chunk 1 (FILL) at offset " + Sizes.hex(at))
                .hasMessageContaining("claims 4 data bytes");
    }

    @Test
    void chunksCoveringFewerBlocksThanTotal() throws Exception {
        Crafted c = Crafted.sparse().dontCare(2).fill(1, 2);
        c.totalBlks = 5;
        Path img = write(c);
        rejects(img).hasMessageContaining("the 2 chunks cover 4 blocks but the header declares total_blks 5")
                .satisfies(t -> assertThat(offset(t)).isEqualTo(Files.size(img)));
    }

    @Test
    void chunkRunningPastTotalBlocks() throws Exception {
        Crafted c = Crafted.sparse().dontCare(2);
        long at = c.nextChunkOffset();
        c.fill(1, 3);
        c.totalBlks = 4;
        rejects(write(c)).hasMessageContaining("chunk 1 (FILL) at offset " + Sizes.hex(at))
                .hasMessageContaining("covers 3 blocks from block 2 but the image has only total_blks 4");
    }

    @Test
    void crcMismatchIsFoundWhileStreamingAndNamesTheChunk() throws Exception {
        byte[] data = Crafted.data(4096, 9);
        CRC32 good = new CRC32();
        good.update(data);
        Crafted c = Crafted.sparse().raw(data);
        long at = c.nextChunkOffset();
        c.crc((int) good.getValue() ^ 1);
        Path img = write(c);
        ImageSource src = ImageSource.open(img); // structure is fine
        assertThat(src.totals().crcChunks()).isEqualTo(1);
        assertThatThrownBy(src::sha256).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining(img.toString())
                .hasMessageContaining("chunk 1 (CRC32) at offset " + Sizes.hex(at))
                .hasMessageContaining(String.format("holds CRC 0x%08X", good.getValue() ^ 1))
                .hasMessageContaining(String.format("have CRC 0x%08X", good.getValue()));
    }

    @Test
    void crcCoversFillExpandedAndDontCareAsZerosEvenWhenSkipped() throws Exception {
        byte[] data = Crafted.data(4096, 10);
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] fill = new byte[8192];
        for (int i = 0; i < fill.length; i += 4) {
            fill[i] = (byte) 0xEF;
            fill[i + 1] = (byte) 0xBE;
            fill[i + 2] = (byte) 0xAD;
            fill[i + 3] = (byte) 0xDE;
        }
        crc.update(fill);
        crc.update(new byte[4096]);
        Path img = write(Crafted.sparse().raw(data).fill(0xDEADBEEF, 2).dontCare(1).crc((int) crc.getValue())
                .raw(Crafted.data(4096, 11)));
        ImageSource src = ImageSource.open(img);
        // A writer that skips everything still gets the CRC checked: no exception means it matched.
        try (var cursor = src.extents()) {
            int n = 0;
            while (cursor.next()) {
                n++;
            }
            assertThat(n).isEqualTo(4);
        }
        assertThat(src.sha256()).hasSize(32);
    }

    @Test
    void fileChangedAfterOpeningIsRefused() throws Exception {
        Path img = write(Crafted.sparse().raw(Crafted.data(4096, 3)));
        ImageSource src = ImageSource.open(img);
        Files.write(img, new byte[] { 1 }, java.nio.file.StandardOpenOption.APPEND);
        assertThatThrownBy(src::extents).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining(img.toString()).hasMessageContaining("file size changed");
    }
}
