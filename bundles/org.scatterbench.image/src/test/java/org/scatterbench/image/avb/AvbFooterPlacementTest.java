package org.scatterbench.image.avb;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.image.Crafted;
import org.scatterbench.image.Extent;
import org.scatterbench.image.ImageSource;

class AvbFooterPlacementTest {

    @TempDir
    Path dir;

    /** 10000 bytes of boot image whose last 64 bytes are an AVB footer. */
    private byte[] bootWithFooter() {
        byte[] img = Crafted.data(10_000, 3);
        byte[] footer = new byte[64];
        footer[0] = 'A';
        footer[1] = 'V';
        footer[2] = 'B';
        footer[3] = 'f';
        ByteBuffer.wrap(footer).putLong(12, 9000).putLong(20, 9000).putLong(28, 900);
        System.arraycopy(footer, 0, img, img.length - 64, 64);
        return img;
    }

    @Test
    void shorterRawImageGetsItsFooterCopiedToThePartitionEnd() throws Exception {
        byte[] boot = bootWithFooter();
        ImageSource src = ImageSource.open(Files.write(dir.resolve("boot.img"), boot));
        assertThat(AvbFooterPlacement.needsRelocation(src, 16384)).isTrue();
        ImageSource placed = AvbFooterPlacement.forPartition(src, 16384);
        assertThat(placed.expandedSize()).isEqualTo(16384);

        byte[] expected = new byte[16384];
        System.arraycopy(boot, 0, expected, 0, boot.length);
        System.arraycopy(boot, boot.length - 64, expected, 16384 - 64, 64);
        assertThat(placed.openExpanded().readAllBytes()).isEqualTo(expected);
        assertThat(placed.extentMap()).containsExactly(Extent.data(0, 10_000),
                Extent.fill(10_000, 16384 - 64 - 10_000, new byte[4]), Extent.data(16384 - 64, 64));
        ByteBuffer span = ByteBuffer.allocate(400);
        assertThat(placed.readAt(16384 - 300, span)).isEqualTo(300);
        assertThat(Arrays.copyOf(span.array(), 300)).isEqualTo(Arrays.copyOfRange(expected, 16384 - 300, 16384));
        ByteBuffer across = ByteBuffer.allocate(200);
        assertThat(placed.readAt(9_900, across)).isEqualTo(200);
        assertThat(across.array()).isEqualTo(Arrays.copyOfRange(expected, 9_900, 10_100));
        assertThat(placed.totals().writtenBytes()).isEqualTo(16384);
    }

    @Test
    void footerRightAfterTheImageNeedsNoPadding() throws Exception {
        byte[] boot = bootWithFooter();
        ImageSource src = ImageSource.open(Files.write(dir.resolve("boot.img"), boot));
        ImageSource placed = AvbFooterPlacement.forPartition(src, 10_064);
        assertThat(placed.extentMap()).containsExactly(Extent.data(0, 10_000), Extent.data(10_000, 64));
        byte[] all = placed.openExpanded().readAllBytes();
        assertThat(Arrays.copyOfRange(all, 10_000, 10_064)).isEqualTo(Arrays.copyOfRange(boot, 9_936, 10_000));
    }

    @Test
    void nothingMovesWithoutAFooterAtTheSameSizeOrForSparseImages() throws Exception {
        ImageSource plain = ImageSource.open(Files.write(dir.resolve("logo.bin"), Crafted.data(5000, 1)));
        assertThat(AvbFooterPlacement.forPartition(plain, 8192)).isSameAs(plain);
        ImageSource exact = ImageSource.open(Files.write(dir.resolve("boot.img"), bootWithFooter()));
        assertThat(AvbFooterPlacement.forPartition(exact, 10_000)).isSameAs(exact);
        assertThat(AvbFooterPlacement.forPartition(exact, 9_000)).isSameAs(exact);
        ImageSource sparse = ImageSource.open(Crafted.sparse().dontCare(2).write(dir.resolve("s.img")));
        assertThat(AvbFooterPlacement.needsRelocation(sparse, 1 << 20)).isFalse();
    }
}
