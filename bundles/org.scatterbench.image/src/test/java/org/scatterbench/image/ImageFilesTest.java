package org.scatterbench.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

    @TempDir
    Path dir;

    @Test
    void rawFileSizeIsItsExpandedSize() throws Exception {
        Path raw = Files.write(dir.resolve("boot.img"), new byte[12345]);
        assertThat(ImageFiles.isSparse(raw)).isFalse();
        assertThat(ImageFiles.expandedSize(raw)).isEqualTo(12345);
    }

    @Test
    void tinyAndEmptyFilesAreRaw() throws Exception {
        Path empty = Files.write(dir.resolve("empty.img"), new byte[0]);
        Path three = Files.write(dir.resolve("three.img"), new byte[] { 0x3A, (byte) 0xFF, 0x26 });
        assertThat(ImageFiles.isSparse(empty)).isFalse();
        assertThat(ImageFiles.expandedSize(empty)).isZero();
        assertThat(ImageFiles.isSparse(three)).isFalse();
        assertThat(ImageFiles.expandedSize(three)).isEqualTo(3);
    }

    @Test
    void sparseExpandedSizeIsTotalBlocksTimesBlockSize() throws Exception {
        Path img = Crafted.sparse().raw(Crafted.data(8192, 1)).fill(0x11223344, 3).dontCare(100)
                .write(dir.resolve("system.img"));
        assertThat(ImageFiles.isSparse(img)).isTrue();
        assertThat(ImageFiles.expandedSize(img)).isEqualTo(105L * 4096);
        assertThat(Files.size(img)).isLessThan(105L * 4096);
    }

    @Test
    void expandedSizeIsExactBeyondFourGiB() throws Exception {
        // 0x1_0000_0001 blocks cannot be counted in a u32, so use big blocks: 2^20 blocks of 64 KiB = 64 GiB.
        Path img = Crafted.sparse().blockSize(65536).dontCare(1 << 20).write(dir.resolve("super.img"));
        assertThat(ImageFiles.expandedSize(img)).isEqualTo(64L << 30);
    }

    @Test
    void missingFileIsNamed() {
        Path nope = dir.resolve("nope.img");
        assertThatThrownBy(() -> ImageFiles.expandedSize(nope)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining(nope.toString()).hasMessageContaining("no such file");
    }

    @Test
    void brokenSparseReportsFileChunkAndOffset() throws Exception {
        Crafted c = Crafted.sparse().raw(Crafted.data(4096, 2));
        long badAt = c.nextChunkOffset();
        c.chunk(0xCAC1, 2, 12 + 8192, new byte[100]); // claims 8192 bytes, file ends after 100
        Path img = c.write(dir.resolve("vendor.img"));
        assertThatThrownBy(() -> ImageFiles.expandedSize(img)).isInstanceOf(ImageFormatException.class)
                .hasMessageContaining(img.toString())
                .hasMessageContaining("chunk 1 (RAW) at offset " + Sizes.hex(badAt))
                .hasMessageContaining("claims 8192 data bytes")
                .hasMessageContaining("file ends at " + Sizes.hex(Files.size(img)))
                .satisfies(e -> {
                    ImageFormatException ife = (ImageFormatException) e;
                    assertThat(ife.chunkIndex()).isEqualTo(1);
                    assertThat(ife.offset()).isEqualTo(badAt);
                    assertThat(ife.file()).isEqualTo(img);
                });
    }
}
