package org.scatterbench.flash.da;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The DA container parser: the documented layout, entry selection, and bounds checks naming the file. */
class DaFileTest {

    /** A container with one entry per (daCode, hwVersion); DA1 = 0x100 bytes of 0x11, DA2 = 0x200 of 0x22, sig 0x20. */
    static byte[] container(int[][] entries) {
        int count = entries.length;
        int dataStart = 0x6C + count * 0xDC;
        int perEntry = 0x10 + 0x100 + 0x200;
        ByteBuffer b = ByteBuffer.allocate(dataStart + count * perEntry).order(ByteOrder.LITTLE_ENDIAN);
        b.put(0, "MTK_DOWNLOAD_AGENT".getBytes(StandardCharsets.US_ASCII));
        b.putInt(0x68, count);
        for (int i = 0; i < count; i++) {
            int e = 0x6C + i * 0xDC;
            b.putShort(e, (short) 0xDADA).putShort(e + 2, (short) entries[i][0]).putShort(e + 6, (short) entries[i][1]);
            b.putShort(e + 18, (short) 3);
            int base = dataStart + i * perEntry;
            int[][] regs = { { base, 0x10, 0, 0, 0 }, { base + 0x10, 0x100, 0x200000, 0, 0x20 },
                    { base + 0x110, 0x200, 0x40000000, 0, 0x20 } };
            for (int r = 0; r < 3; r++) {
                for (int k = 0; k < 5; k++) {
                    b.putInt(e + 20 + r * 20 + k * 4, regs[r][k]);
                }
            }
            for (int j = 0; j < 0x100; j++) {
                b.put(base + 0x10 + j, (byte) 0x11);
            }
            for (int j = 0; j < 0x200; j++) {
                b.put(base + 0x110 + j, (byte) 0x22);
            }
        }
        return b.array();
    }

    @Test
    void picksTheEntryForTheChipAndItsRegions() throws Exception {
        DaFile f = DaFile.parse("da.bin", container(new int[][] { { 0x6761, 0 }, { 0x6765, 0 }, { 0x6765, 0xCA00 } }));
        DaEntry e = f.require("MT6765", 0x6765, 0xCA00, 0);
        assertThat(e.index()).isEqualTo(2);
        assertThat(f.bytes(e.da1())).hasSize(0x100).containsOnly(0x11);
        assertThat(f.bytesWithoutSignature(e.da2())).hasSize(0x1E0).containsOnly(0x22);
        assertThat(e.da2().loadAddress()).isEqualTo(0x40000000L);
        assertThat(f.find(0x6765, 0xCA00 - 1, 0)).map(DaEntry::index).contains(1);
    }

    @Test
    void aMissingChipIsNamedWithWhatTheFileServes() throws Exception {
        DaFile f = DaFile.parse("MTK_DA.bin", container(new int[][] { { 0x6761, 0 } }));
        assertThatThrownBy(() -> f.require("MT6765", 0x6765, 0, 0)).isInstanceOf(DaFileException.class)
                .hasMessageContaining("MTK_DA.bin").hasMessageContaining("MT6765").hasMessageContaining("0x6761");
    }

    @Test
    void aRegionPastTheEndOfTheFileIsRejectedNamingFileEntryAndRegion() {
        byte[] b = container(new int[][] { { 0x6765, 0 } });
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(0x6C + 20 + 2 * 20 + 4, 0x7FFFFFF0);
        assertThatThrownBy(() -> DaFile.parse("bad.bin", b)).isInstanceOf(DaFileException.class)
                .hasMessageContaining("bad.bin").hasMessageContaining("entry 0").hasMessageContaining("region 2");
    }

    @Test
    void notADaFile() {
        assertThatThrownBy(() -> DaFile.parse("x.bin", new byte[0x200])).hasMessageContaining("x.bin")
                .hasMessageContaining("not a MediaTek Download Agent");
        assertThatThrownBy(() -> DaFile.parse("short.bin", new byte[10])).hasMessageContaining("too short");
    }

    @Test
    void anEntryCountBeyondTheFileIsRejected() {
        byte[] b = container(new int[][] { { 0x6765, 0 } });
        ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putInt(0x68, 400);
        assertThatThrownBy(() -> DaFile.parse("cut.bin", b)).isInstanceOf(DaFileException.class)
                .hasMessageContaining("cut.bin").hasMessageContaining("entry 1");
    }

    /** Whatever bytes a corrupted file holds, parsing either succeeds with in-bounds regions or fails cleanly. */
    @Property(tries = 300)
    void corruptedFilesNeverEscapeAsRuntimeExceptions(@ForAll @IntRange(min = 0, max = 0x6C + 0xDC) int at,
            @ForAll byte value) {
        byte[] b = container(new int[][] { { 0x6765, 0 } });
        b[at] = value;
        try {
            DaFile f = DaFile.parse("fuzz.bin", b);
            for (DaEntry e : f.entries()) {
                e.regions().forEach(r -> assertThat(r.fileOffset() + r.length()).isLessThanOrEqualTo(b.length));
            }
        } catch (DaFileException expected) {
            assertThat(expected.getMessage()).contains("fuzz.bin");
        }
    }
}
