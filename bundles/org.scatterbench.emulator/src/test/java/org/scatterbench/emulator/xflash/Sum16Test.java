package org.scatterbench.emulator.xflash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The phone's chunk checksum against its definition, whole and piece by piece as a packet arrives. */
class Sum16Test {

    private static int byByte(byte[] b, int from, int to) {
        int s = 0;
        for (int i = from; i < to; i++) {
            s += b[i] & 0xFF;
        }
        return s & 0xFFFF;
    }

    @Property(tries = 300)
    void anyRangeEqualsTheByteSum(@ForAll @Size(max = 5000) byte[] data, @ForAll @IntRange(max = 5000) int a,
            @ForAll @IntRange(max = 5000) int b) {
        int from = Math.min(Math.min(a, b), data.length);
        int to = Math.min(Math.max(a, b), data.length);
        assertThat(Sum16.of(data, from, to - from)).isEqualTo(byByte(data, from, to));
    }

    @Property(tries = 200)
    void piecesAddUpToTheWhole(@ForAll @Size(max = 5000) byte[] data, @ForAll @IntRange(max = 700) int piece) {
        Sum16.Running r = new Sum16.Running();
        int step = piece + 1;
        for (int at = 0; at < data.length; at += step) {
            r.add(data, at, Math.min(step, data.length - at));
        }
        assertThat(r.value()).isEqualTo(Sum16.of(data));
    }

    @Test
    void aMegabyteOfFFWraps() {
        byte[] ff = new byte[(1 << 20) + 3];
        Arrays.fill(ff, (byte) 0xFF);
        assertThat(Sum16.of(ff)).isEqualTo(byByte(ff, 0, ff.length)).isEqualTo((ff.length * 255) & 0xFFFF);
    }
}
