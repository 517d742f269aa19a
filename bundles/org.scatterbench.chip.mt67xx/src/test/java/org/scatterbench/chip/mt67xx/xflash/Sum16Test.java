package org.scatterbench.chip.mt67xx.xflash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The word-at-a-time packet checksum against its definition: the sum of the bytes, modulo 2^16. */
class Sum16Test {

    private static int byByte(byte[] b, int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += b[i] & 0xFF;
        }
        return s & 0xFFFF;
    }

    @Property(tries = 300)
    void equalsTheByteSum(@ForAll @Size(max = 5000) byte[] data, @ForAll @IntRange(max = 5000) int cut) {
        int n = Math.min(cut, data.length);
        assertThat(Sum16.of(data, n)).isEqualTo(byByte(data, n));
    }

    @Test
    void aMegabyteOfFFWrapsAsTheDefinitionSays() {
        // every 16-bit lane is at its largest before each fold: the case that would overflow a lane
        byte[] ff = new byte[(1 << 20) + 7];
        Arrays.fill(ff, (byte) 0xFF);
        assertThat(Sum16.of(ff, ff.length)).isEqualTo(byByte(ff, ff.length)).isEqualTo((ff.length * 255) & 0xFFFF);
        assertThat(Sum16.of(new byte[0], 0)).isZero();
    }

    @Test
    void aLengthBeyondTheBufferIsRefused() {
        assertThatThrownBy(() -> Sum16.of(new byte[8], 9)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
