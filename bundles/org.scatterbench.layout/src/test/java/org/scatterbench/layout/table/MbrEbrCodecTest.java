package org.scatterbench.layout.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.layout.testing.DiskTools;
import org.scatterbench.layout.testing.DiskTools.ToolPartition;
import org.scatterbench.layout.testing.LayoutBuilder;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;

class MbrEbrCodecTest {

    private static final long DISK = 0x30000000L;

    @TempDir
    Path dir;

    private final Layout layout = LayoutBuilder.mt6582(0x10000000).build();

    private Path image() throws Exception {
        Path img = DiskTools.sparseImage(dir, "mbr.img", DISK);
        DiskTools.apply(img, new MbrEbrWriter().write(layout));
        return img;
    }

    private long sector(String name) {
        return layout.find(name).get().start() / 512;
    }

    private long sectors(String name) {
        return layout.find(name).get().size() / 512;
    }

    @Test
    void writesTheAlpsSchemeAndSfdiskReadsIt() throws Exception {
        List<TableWrite> writes = new MbrEbrWriter().write(layout);
        assertThat(writes).extracting(w -> w.range().start())
                .containsExactly(layout.find("MBR").get().start(), layout.find("EBR1").get().start(),
                        layout.find("EBR2").get().start());

        List<ToolPartition> sf = DiskTools.sfdiskDump(image());

        // MBR: P1 extended (EBR1 .. end of ANDROID), P2 CACHE, P3 USRDATA; EBR1: SEC_RO; EBR2: ANDROID
        assertThat(sf).containsExactly(
                new ToolPartition(1, sector("EBR1"), sector("ANDROID") + sectors("ANDROID") - sector("EBR1"), "5", null),
                new ToolPartition(2, sector("CACHE"), sectors("CACHE"), "83", null),
                new ToolPartition(3, sector("USRDATA"), sectors("USRDATA"), "83", null),
                new ToolPartition(5, sector("SEC_RO"), sectors("SEC_RO"), "83", null),
                new ToolPartition(6, sector("ANDROID"), sectors("ANDROID"), "83", null));
    }

    @Test
    void readBackGivesLinuxNumberingAndMarksEverythingUnlistedAsProtected() throws Exception {
        Layout read = PartitionTables.read(image());

        assertThat(read.find("p2").get().range()).isEqualTo(layout.find("CACHE").get().range());
        assertThat(read.find("p3").get().range()).isEqualTo(layout.find("USRDATA").get().range());
        assertThat(read.find("p5").get().range()).isEqualTo(layout.find("SEC_RO").get().range());
        assertThat(read.find("p6").get().range()).isEqualTo(layout.find("ANDROID").get().range());
        assertThat(read.find("EBR2").get().start()).isEqualTo(layout.find("EBR2").get().start());
        Partition nvram = layout.find("NVRAM").get();
        assertThat(read.partitions()).filteredOn(p -> p.name().startsWith("UNLISTED_"))
                .anyMatch(p -> p.range().contains(nvram.range()))
                .allMatch(p -> p.operation() == OperationType.PROTECTED);
        // every byte of the disk is accounted for, in order
        long pos = 0;
        for (Partition p : read.partitions()) {
            assertThat(p.start()).as(p.name()).isEqualTo(pos);
            pos = p.end();
        }
        assertThat(pos).isEqualTo(DISK);
    }

    @Test
    void readsAChainThatSfdiskWrote() throws Exception {
        Path img = DiskTools.sparseImage(dir, "sf.img", 64L * 1024 * 1024);
        DiskTools.runWithInput("label: dos\nstart=2048, size=2048, type=83\nstart=8192, size=40960, type=5\n"
                + "start=10240, size=2048, type=83\nstart=20480, size=4096, type=83\n", "/usr/sbin/sfdisk", "-q",
                img.toString());
        List<ToolPartition> sf = DiskTools.sfdiskDump(img);

        Layout read = PartitionTables.read(img);

        for (ToolPartition t : sf) {
            if (t.type().equals("5")) {
                continue;
            }
            Partition p = read.find("p" + t.number()).get();
            assertThat(p.start()).isEqualTo(t.start() * 512);
            assertThat(p.size()).isEqualTo(t.sectors() * 512);
        }
        assertThat(read.partitions()).extracting(Partition::name).contains("MBR", "EBR1", "EBR2", "p1", "p5", "p6");
    }

    @Test
    void aSingleEbrSlotHostsSeveralChainedEbrsAndSfdiskAgrees() throws Exception {
        // the MT6572/MT6582 files with only EBR1: SEC_RO and ANDROID are both logical, CACHE, USRDATA, FAT primary
        Layout oneEbr = new LayoutBuilder("one-ebr").add("MBR", 0x80000, x -> x.fileName("MBR"))
                .add("EBR1", 0x80000, x -> x.fileName("EBR1")).image("UBOOT", 0x100000)
                .add("SEC_RO", 0x100000, x -> x.type("YAFFS_IMG")).image("LOGO", 0x100000)
                .add("ANDROID", 0x1000000, x -> x.type("YAFFS_IMG")).add("CACHE", 0x400000, x -> x.type("YAFFS_IMG"))
                .add("USRDATA", 0x800000, x -> x.type("YAFFS_IMG")).add("FAT", 0x400000, x -> x.type("FAT")).build();
        List<TableWrite> writes = new MbrEbrWriter().write(oneEbr);
        assertThat(writes).extracting(w -> w.range().start()).containsExactly(0L, 0x80000L, 0x80200L);
        Path img = DiskTools.sparseImage(dir, "one.img", 0x4000000);
        DiskTools.apply(img, writes);

        List<ToolPartition> sf = DiskTools.sfdiskDump(img);

        Layout read = PartitionTables.read(img);
        assertThat(sf).extracting(ToolPartition::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(read.find("p5").get().range()).isEqualTo(oneEbr.find("SEC_RO").get().range());
        assertThat(read.find("p6").get().range()).isEqualTo(oneEbr.find("ANDROID").get().range());
        assertThat(read.find("p4").get().range()).isEqualTo(oneEbr.find("FAT").get().range());
        assertThat(sf.get(5).start() * 512).isEqualTo(oneEbr.find("ANDROID").get().start());
    }

    @Test
    void tooManyPrimariesAndMissingSignaturesAreClearErrors() throws Exception {
        Layout noEbr = layout.withPartitions(layout.partitions().stream()
                .filter(p -> !p.name().startsWith("EBR")).toList());
        List<Partition> more = new java.util.ArrayList<>(noEbr.partitions());
        more.add(Partition.builder("FAT").start(DISK - 0x100000).size(0x100000).type("FAT").build());
        assertThatThrownBy(() -> new MbrEbrWriter().write(noEbr.withPartitions(more)))
                .hasMessageContaining("5 partitions").hasMessageContaining("do not fit the 4 MBR slots");

        Path blank = DiskTools.sparseImage(dir, "blank.img", 1024 * 1024);
        assertThatThrownBy(() -> PartitionTables.read(blank)).isInstanceOf(TableFormatException.class)
                .hasMessageContaining("blank.img: no partition table found");
    }
}
