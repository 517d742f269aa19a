package org.scatterbench.layout.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.layout.testing.DiskTools;
import org.scatterbench.layout.testing.DiskTools.ToolPartition;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

class GptCodecTest {

    private static final long DISK = 512L * 1024 * 1024;

    @TempDir
    Path dir;

    private Layout layout() {
        return LayoutBuilder.gptEra(0x4000000, 0x8000000).regionSize(DISK).build();
    }

    private Path writtenImage() throws Exception {
        Path img = DiskTools.sparseImage(dir, "gpt.img", DISK);
        DiskTools.apply(img, new GptWriter().write(layout()));
        return img;
    }

    @Test
    void roundTripKeepsNamesStartsAndSizesAndResolvesEndRelativeEntries() throws Exception {
        Layout read = PartitionTables.read(writtenImage());

        List<Partition> expected = layout().partitions().stream()
                .filter(p -> p.region().isUserArea() && !TableEntries.isTable(p)).toList();
        List<Partition> got = read.partitions().stream().filter(p -> !TableEntries.isTable(p)).toList();
        assertThat(got).extracting(Partition::name).containsExactlyElementsOf(
                expected.stream().map(Partition::name).toList());
        for (int i = 0; i < expected.size(); i++) {
            Partition e = expected.get(i);
            if (!e.isEndRelative()) {
                assertThat(got.get(i).start()).as(e.name()).isEqualTo(e.start());
            }
            assertThat(got.get(i).size()).as(e.name()).isEqualTo(e.size());
        }
        assertThat(read.find("flashinfo").get().start()).isEqualTo(DISK - 0x84L * 0x20000);
        assertThat(read.find("pgpt").get().start()).isZero();
        assertThat(read.find("sgpt").get().end()).isEqualTo(DISK);
        assertThat(read.regionSize(org.scatterbench.model.Region.EMMC_USER)).contains(DISK);
    }

    @Test
    void sgdiskAndSfdiskSeeTheSameTableAndFindNoProblems() throws Exception {
        Path img = writtenImage();
        List<Partition> expected = PartitionTables.read(img).partitions().stream()
                .filter(p -> !TableEntries.isTable(p)).toList();

        List<ToolPartition> sg = DiskTools.sgdiskPrint(img);
        assertThat(sg).hasSize(expected.size());
        for (int i = 0; i < sg.size(); i++) {
            assertThat(sg.get(i).name()).isEqualTo(expected.get(i).name());
            assertThat(sg.get(i).start() * 512).isEqualTo(expected.get(i).start());
            assertThat(sg.get(i).sectors() * 512).isEqualTo(expected.get(i).size());
        }
        assertThat(DiskTools.run("/usr/sbin/sgdisk", "-v", img.toString())).contains("No problems found");

        List<ToolPartition> sf = DiskTools.sfdiskDump(img);
        assertThat(sf).extracting(ToolPartition::name)
                .containsExactlyElementsOf(expected.stream().map(Partition::name).toList());
        assertThat(sf.get(0).start() * 512).isEqualTo(expected.get(0).start());
    }

    @Test
    void readsATableThatSgdiskWrote() throws Exception {
        Path img = DiskTools.sparseImage(dir, "sg.img", 64L * 1024 * 1024);
        DiskTools.run("/usr/sbin/sgdisk", "-o", "-n", "1:2048:+1M", "-c", "1:nvram", "-n", "2:0:+4M", "-c", "2:boot",
                "-n", "3:0:0", "-c", "3:userdata", img.toString());
        List<ToolPartition> sg = DiskTools.sgdiskPrint(img);

        Layout read = PartitionTables.read(img);

        assertThat(read.partitions()).extracting(Partition::name)
                .containsExactly("pgpt", "nvram", "boot", "userdata", "sgpt");
        for (ToolPartition t : sg) {
            Partition p = read.find(t.name()).get();
            assertThat(p.start()).isEqualTo(t.start() * 512);
            assertThat(p.size()).isEqualTo(t.sectors() * 512);
        }
    }

    @Test
    void damagedPrimaryHeaderFallsBackToTheBackup() throws Exception {
        Path img = writtenImage();
        flip(img, 512 + 60); // inside the disk GUID of the primary header
        assertThat(PartitionTables.read(img).find("userdata")).isPresent();
    }

    @Test
    void bothHeadersDamagedNamesTheLbaAndBothCrcs() throws Exception {
        Path img = writtenImage();
        flip(img, 512 + 60);
        flip(img, DISK - 512 + 60);
        assertThatThrownBy(() -> PartitionTables.read(img)).isInstanceOf(TableFormatException.class)
                .hasMessageContaining("primary GPT header at LBA 1: bad header CRC32 (stored 0x")
                .hasMessageContaining("computed 0x").hasMessageContaining("backup GPT header at LBA "
                        + (DISK / 512 - 1));
    }

    @Test
    void damagedEntryArrayIsReportedWithItsLba() throws Exception {
        Path img = writtenImage();
        flip(img, 2 * 512 + 60);
        flip(img, DISK - 33 * 512 + 60);
        assertThatThrownBy(() -> PartitionTables.read(img)).hasMessageContaining("primary GPT entries at LBA 2: bad "
                + "entry-array CRC32");
    }

    @Test
    void writerRefusesOverlapsAndPartitionsBeyondTheUsableArea() {
        Layout l = layout();
        Layout overlapping = l.withPartitions(l.partitions().stream()
                .map(p -> p.name().equals("boot") ? p.withSize(p.size() + 0x100000) : p).toList());
        assertThatThrownBy(() -> new GptWriter().write(overlapping)).hasMessageContaining("recovery overlaps boot");
        assertThatThrownBy(() -> new GptWriter().write(l, 0x10000000L)).hasMessageContaining("outside the usable LBAs");
        Layout noSize = LayoutBuilder.gptEra(0x4000000, 0x8000000).build();
        assertThatThrownBy(() -> new GptWriter().write(noSize)).hasMessageContaining("size of the user area");
    }

    @Test
    void aPrimaryOnlyDumpIsReadWithTheDiskSizeItsHeaderStates() throws Exception {
        Path img = writtenImage();
        Path dump = DiskTools.sparseImage(dir, "pgpt.bin", 0x80000);
        try (RandomAccessFile in = new RandomAccessFile(img.toFile(), "r");
                RandomAccessFile out = new RandomAccessFile(dump.toFile(), "rw")) {
            byte[] head = new byte[0x80000];
            in.readFully(head);
            out.write(head);
        }
        Layout read = PartitionTables.read(dump);
        assertThat(read.regionSize(org.scatterbench.model.Region.EMMC_USER)).contains(DISK);
        assertThat(read.find("system").get().start()).isEqualTo(layout().find("system").get().start());
    }

    static void flip(Path img, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0xFF);
        }
    }
}
