package org.scatterbench.emulator.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.scatterbench.emulator.chip.ChipProfiles;

/** The synthetic DA file against the container layout of MTK-PROTOCOL.md section 3. */
class DaFileWriterTest {

    @Test
    void containerLayoutAsDocumented() throws Exception {
        byte[] f = DaFileWriter.build(List.of(ChipProfiles.mt6765(), ChipProfiles.byName("mt6785").orElseThrow()));
        ByteBuffer b = ByteBuffer.wrap(f).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(f, 0, 18, StandardCharsets.US_ASCII)).isEqualTo("MTK_DOWNLOAD_AGENT");
        assertThat(new String(f, 0x20, 18, StandardCharsets.US_ASCII)).isEqualTo("MTK_AllInOne_DA_v3");
        assertThat(new String(f, StandardCharsets.ISO_8859_1)).doesNotContain("MTK_DA_v6");
        assertThat(b.getInt(0x68)).isEqualTo(2);
        int[] daCodes = { 0x6765, 0x6785 };
        for (int i = 0; i < 2; i++) {
            int e = 0x6C + i * 0xDC;
            assertThat(b.getShort(e) & 0xFFFF).isEqualTo(0xDADA);
            assertThat(b.getShort(e + 2) & 0xFFFF).isEqualTo(daCodes[i]);
            assertThat(b.getShort(e + 4) & 0xFFFF).isEqualTo(0x8A00);
            assertThat(b.getShort(e + 6) & 0xFFFF).isEqualTo(0xCA00);
            assertThat(b.getShort(e + 16)).as("entry_region_index").isZero();
            assertThat(b.getShort(e + 18)).as("entry_region_count").isEqualTo((short) 3);
            int r1 = e + 20 + 20;
            int r2 = e + 20 + 40;
            int da1Off = b.getInt(r1);
            int da1Len = b.getInt(r1 + 4);
            assertThat(b.getInt(r1 + 8)).isEqualTo(0x200000);
            assertThat(b.getInt(r1 + 16)).isEqualTo(0x100);
            int da2Off = b.getInt(r2);
            int da2Len = b.getInt(r2 + 4);
            assertThat(b.getInt(r2 + 8)).isEqualTo(0x40000000);
            assertThat(b.getInt(r2 + 16)).isEqualTo(0x100);
            assertThat(da2Off + da2Len).isLessThanOrEqualTo(f.length);
            byte[] da1 = Arrays.copyOfRange(f, da1Off, da1Off + da1Len);
            byte[] da2Body = Arrays.copyOfRange(f, da2Off, da2Off + da2Len - 0x100);
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(da2Body);
            assertThat(indexOf(da1, hash)).as("DA1 holds DA2's SHA-256").isPositive();
            assertThat(new String(da1, 0, 40, StandardCharsets.US_ASCII)).contains(i == 0 ? "MT6765" : "MT6785");
        }
    }

    private static int indexOf(byte[] hay, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= hay.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
