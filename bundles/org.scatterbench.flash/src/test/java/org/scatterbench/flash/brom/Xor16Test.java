package org.scatterbench.flash.brom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class Xor16Test {

    @Test
    void littleEndianWordsWithAnOddTailPaddedWithZero() {
        assertThat(Xor16.of(new byte[] { 0x01, 0x02, 0x10, 0x20 })).isEqualTo(0x0201 ^ 0x2010);
        assertThat(Xor16.of(new byte[] { 0x01, 0x02, 0x33 })).isEqualTo(0x0201 ^ 0x0033);
        assertThat(Xor16.of(new byte[0])).isZero();
    }

    @Property
    void feedingInPiecesGivesTheSameChecksum(@ForAll byte[] data, @ForAll int cutSeed) {
        int cut = data.length == 0 ? 0 : Math.floorMod(cutSeed, data.length);
        Xor16 x = new Xor16();
        x.update(data, 0, cut);
        x.update(data, cut, data.length - cut);
        assertThat(x.value()).isEqualTo(Xor16.of(Arrays.copyOf(data, data.length)));
    }
}
