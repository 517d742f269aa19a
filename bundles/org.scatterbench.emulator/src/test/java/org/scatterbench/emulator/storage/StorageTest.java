package org.scatterbench.emulator.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

class StorageTest {

    @TempDir
    Path dir;

    @Test
    void userAreaIsTheImageFileServedInPlace() throws Exception {
        Path img = dir.resolve("emmc.img");
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.setLength(1 << 20);
        }
        try (EmmcStorage s = EmmcStorage.onImage(img, 8192, 4096)) {
            assertThat(s.userSize()).isEqualTo(1 << 20);
            s.area(EmmcStorage.PART_USER).orElseThrow().write(0x1000, new byte[] { 1, 2, 3 }, 0, 3);
            byte[] onDisk = Files.readAllBytes(img);
            assertThat(onDisk[0x1000]).isEqualTo((byte) 1);
            assertThat(onDisk[0x1002]).isEqualTo((byte) 3);
            assertThat(s.area(EmmcStorage.PART_BOOT1).orElseThrow().size()).isEqualTo(8192);
            assertThat(s.area(EmmcStorage.PART_RPMB).orElseThrow().size()).isEqualTo(4096);
            assertThat(s.area(5)).isEmpty();
        }
        assertThat(Files.size(img)).isEqualTo(1 << 20);
    }

    @Test
    void noAreaAcceptsARangeOutsideItself() throws Exception {
        Path img = dir.resolve("emmc.img");
        Files.write(img, new byte[4096]);
        try (EmmcStorage s = EmmcStorage.onImage(img, 1024, 1024)) {
            for (StorageArea a : new StorageArea[] { s.user(), s.area(Region.EMMC_BOOT1), s.area(Region.EMMC_RPMB) }) {
                assertThat(a.contains(0, a.size())).isTrue();
                assertThat(a.contains(1, a.size())).isFalse();
                assertThat(a.contains(Long.MAX_VALUE, 1)).isFalse();
                assertThat(a.contains(-1, 1)).isFalse();
                assertThatThrownBy(() -> a.write(a.size() - 1, new byte[2], 0, 2))
                        .isInstanceOf(IndexOutOfBoundsException.class);
                assertThatThrownBy(() -> a.erase(0, a.size() + 1)).isInstanceOf(IndexOutOfBoundsException.class);
            }
            assertThat(s.journal().isEmpty()).isTrue();
        }
        assertThat(Files.size(img)).isEqualTo(4096);
    }

    @Test
    void memoryAreaIsSparseAndErasesToZero() throws Exception {
        MemoryArea a = new MemoryArea(Region.EMMC_BOOT1, 1L << 40);
        byte[] data = { 9, 8, 7, 6 };
        a.write((1L << 40) - 2 - 65536, data, 0, 4);
        byte[] back = new byte[4];
        a.read((1L << 40) - 2 - 65536, back, 0, 4);
        assertThat(back).isEqualTo(data);
        a.erase((1L << 40) - 65536 - 1, 2);
        a.read((1L << 40) - 2 - 65536, back, 0, 4);
        assertThat(back).isEqualTo(new byte[] { 9, 0, 0, 6 });
    }

    @Test
    void journalMergesTouchedRangesPerArea() {
        WriteJournal j = new WriteJournal();
        j.record(WriteJournal.Kind.WRITE, new ByteRange(Region.EMMC_USER, 0, 512));
        j.record(WriteJournal.Kind.ERASE, new ByteRange(Region.EMMC_USER, 512, 512));
        j.record(WriteJournal.Kind.WRITE, new ByteRange(Region.EMMC_USER, 4096, 512));
        j.record(WriteJournal.Kind.WRITE, new ByteRange(Region.EMMC_BOOT1, 0, 512));
        assertThat(j.touched(Region.EMMC_USER)).containsExactly(new ByteRange(Region.EMMC_USER, 0, 1024),
                new ByteRange(Region.EMMC_USER, 4096, 512));
        assertThat(j.touches(new ByteRange(Region.EMMC_USER, 1024, 3072))).isFalse();
        assertThat(j.touches(new ByteRange(Region.EMMC_USER, 1000, 100))).isTrue();
        assertThat(j.entries(Region.EMMC_BOOT1)).hasSize(1);
    }
}
