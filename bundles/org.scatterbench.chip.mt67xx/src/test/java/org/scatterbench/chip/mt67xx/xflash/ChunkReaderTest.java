package org.scatterbench.chip.mt67xx.xflash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.scatterbench.flash.FlashException;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

class ChunkReaderTest {

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        return b;
    }

    @Test
    void packetsCoverTheRangeAndTheLastOneStaysIntactWhileTheNextIsRead() throws Exception {
        byte[] image = random(2500);
        ChunkReader r = new ChunkReader(new ByteArrayInputStream(image), new ByteRange(Region.EMMC_USER, 0, 2500), 1024);
        ChunkReader.Chunk a = r.next();
        byte[] aCopy = Arrays.copyOf(a.data(), a.length());
        ChunkReader.Chunk b = r.next();
        assertThat(Arrays.copyOf(a.data(), a.length())).as("the packet just sent is not overwritten").isEqualTo(aCopy);
        ChunkReader.Chunk c = r.next();
        assertThat(r.next()).isNull();
        assertThat(new int[] { a.length(), b.length(), c.length() }).containsExactly(1024, 1024, 452);
        assertThat(Arrays.copyOfRange(image, 0, 1024)).isEqualTo(aCopy);
        assertThat(Arrays.copyOf(c.data(), 452)).isEqualTo(Arrays.copyOfRange(image, 2048, 2500));
        assertThat(c.sum16()).isEqualTo(Sum16.of(Arrays.copyOfRange(image, 2048, 2500), 452));
    }

    @Test
    void aShortImageIsNamedWithHowFarItGot() throws Exception {
        ByteRange range = new ByteRange(Region.EMMC_USER, 0x1000, 4096);
        ChunkReader r = new ChunkReader(new ByteArrayInputStream(random(3000)), range, 2048);
        r.next();
        assertThatThrownBy(r::next).isInstanceOf(FlashException.class)
                .hasMessageContaining("ended after 3000 of 4096 bytes").hasMessageContaining(range.toString());
    }
}
