package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/** One file of each generation, checked by hand against the text of the file. */
class SpotCheckTest {

    private static ScatterDocument read(String relative) throws Exception {
        return ScatterFiles.read(SharedCorpus.file(relative));
    }

    private static Partition part(Layout l, String name) {
        return l.partitions().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void legacyMt6589() throws Exception {
        ScatterDocument doc = read("legacy/MT6589_GoldRenard_lenovo_s960.txt");
        assertThat(doc.format()).isEqualTo(ScatterFormat.LEGACY);
        assertThat(doc.platform()).isEqualTo("MT6589"); // no header: taken from the file name
        assertThat(doc.configVersion()).isEmpty();
        Layout l = doc.layout();
        assertThat(l.platform()).isEqualTo("MT6589");
        assertThat(l.storage()).isEqualTo(Storage.EMMC);
        assertThat(l.partitions()).hasSize(22);
        Partition pre = l.partitions().get(0);
        assertThat(pre.name()).isEqualTo("PRELOADER");
        assertThat(pre.region()).isEqualTo(Region.EMMC_BOOT1);
        assertThat(pre.size()).isEqualTo(0x600000L); // implied by MBR at 0x600000
        Partition mbr = part(l, "MBR");
        assertThat(mbr.region()).isEqualTo(Region.EMMC_USER);
        assertThat(mbr.linearStart()).contains(0x600000L);
        assertThat(mbr.start()).isZero();
        assertThat(mbr.size()).isEqualTo(0x80000L); // EBR1 at 0x680000
        Partition pmt = part(l, "__NODL_PMT");
        assertThat(pmt.downloadable()).isFalse();
        assertThat(pmt.baseName()).isEqualTo("PMT");
        assertThat(pmt.start()).isEqualTo(0x700000L - 0x600000L);
        assertThat(part(l, "__NODL_PRO_INFO").operation()).isEqualTo(OperationType.PROTECTED);
        Partition bmt = part(l, "__NODL_BMTPOOL");
        assertThat(bmt.isEndRelative()).isTrue();
        assertThat(bmt.linearStart()).isEmpty();
        assertThat(bmt.endRelativeBlocks()).contains(0xa8L);
        assertThat(bmt.size()).isEqualTo(21L * 1024 * 1024); // 168 blocks of 128 KiB
        assertThat(bmt.operation()).isEqualTo(OperationType.RESERVED);
        assertThat(pre.fileName()).isEmpty();
    }

    @Test
    void legacyNandHasNoBootArea() throws Exception {
        Layout l = read("legacy/MT6575_jhautry_echodot_readme_excerpt.txt").layout();
        assertThat(l.storage()).isEqualTo(Storage.NAND);
        assertThat(l.partitions()).hasSize(15);
        assertThat(l.partitions()).allMatch(p -> p.region().equals(Region.NONE));
        assertThat(part(l, "DSP_BL").start()).isEqualTo(0x40000L);
        assertThat(part(l, "PRELOADER").size()).isEqualTo(0x40000L);
        assertThat(part(l, "USRDATA").size()).isZero(); // runs to the end of the flash: unknown
        assertThat(part(l, "__NODL_BMTPOOL").endRelativeBlocks()).contains(0x50L);
    }

    @Test
    void otaList() throws Exception {
        ScatterDocument doc = read("legacy/MT8163_jhautry_echodot_b3a30_ota_scatter_excerpt.txt");
        assertThat(doc.format()).isEqualTo(ScatterFormat.OTA_LIST);
        Layout l = doc.layout();
        assertThat(l.partitions()).hasSize(26);
        assertThat(part(l, "preloader").region()).isEqualTo(Region.EMMC_BOOT1);
        assertThat(part(l, "proinfo").start()).isEqualTo(0x80000L);
        assertThat(part(l, "pgpt").size()).isEqualTo(0x80000L);
        assertThat(part(l, "userdata").linearStart()).contains(0x12b800000L);
        assertThat(part(l, "sgpt").endRelativeBlocks()).contains(4L);
    }

    @Test
    void v111MbrEra() throws Exception {
        ScatterDocument doc = read("v1.x/MT6582_LinuxBozo_wish_tablet.txt");
        assertThat(doc.format()).isEqualTo(ScatterFormat.V1);
        assertThat(doc.configVersion()).isEqualTo("V1.1.1");
        assertThat(doc.platform()).isEqualTo("MT6582");
        assertThat(doc.project()).isEqualTo("MTDTtest");
        Layout l = doc.layout();
        assertThat(l.blockSize()).isEqualTo(0x20000L);
        assertThat(l.partitions()).hasSize(19);
        Partition pre = l.partitions().get(0);
        assertThat(pre.region()).isEqualTo(Region.EMMC_BOOT1);
        assertThat(pre.size()).isEqualTo(0x1400000L);
        assertThat(pre.type()).isEqualTo("SV5_BL_BIN");
        assertThat(pre.operation()).isEqualTo(OperationType.BOOTLOADERS);
        assertThat(pre.fileName()).contains("preloader.bin");
        Partition ebr1 = part(l, "EBR1");
        assertThat(ebr1.index()).isEqualTo(2);
        assertThat(ebr1.linearStart()).contains(0x1480000L);
        assertThat(ebr1.start()).isEqualTo(0x80000L);
        Partition data = part(l, "USRDATA");
        assertThat(data.size()).isEqualTo(0x33B920000L);
        assertThat(data.start()).isEqualTo(0x6D300000L);
        Partition proinfo = part(l, "PRO_INFO");
        assertThat(proinfo.downloadable()).isFalse();
        assertThat(proinfo.fileName()).isEmpty();
        assertThat(proinfo.upgradable()).isFalse(); // V1.1.1 has no is_upgradable: follows is_download
        Partition bmt = part(l, "BMTPOOL");
        assertThat(bmt.reserved()).isTrue();
        assertThat(bmt.boundaryCheck()).isFalse();
        assertThat(bmt.endRelativeBlocks()).contains(0xA8L);
        assertThat(bmt.linearStart()).isEmpty();
    }

    @Test
    void v111WithZeroPhysicalAddressesDerivesOffsets() throws Exception {
        Layout l = read("v1.x/MT6572_NeverMine17_fly_iq4407.txt").layout();
        Partition pre = part(l, "PRELOADER");
        assertThat(pre.size()).isEqualTo(0xc00000L);
        Partition mbr = part(l, "MBR");
        assertThat(mbr.start()).isZero();
        Partition fat = part(l, "FAT");
        assertThat(fat.linearStart()).contains(0xb5340000L);
        assertThat(fat.start()).isEqualTo(0xb5340000L - 0xc00000L);
    }

    @Test
    void v112GptEra() throws Exception {
        ScatterDocument doc = read("v1.x/MT6765_Dewil-King_k65v1.txt");
        assertThat(doc.configVersion()).isEqualTo("V1.1.2");
        Layout l = doc.layout();
        assertThat(l.partitions()).hasSize(40);
        for (Partition p : l.partitions()) {
            if (!p.isEndRelative()) {
                assertThat(p.linearStart()).as(p.name()).contains(p.start());
            }
        }
        Partition sgpt = part(l, "sgpt");
        assertThat(sgpt.isEndRelative()).isTrue();
        assertThat(sgpt.reserved()).isTrue();
    }

    @Test
    void wwrFileRevealsUserAreaSize() throws Exception {
        Layout l = read("v1.x/MT6737M_Dewil-King_q162_wwr.txt").layout();
        assertThat(l.regionSizes()).containsEntry(Region.EMMC_USER, 0x3AB400000L);
        Partition sgpt = part(l, "sgpt");
        assertThat(sgpt.endRelativeBlocks()).contains(4L);
        assertThat(sgpt.start()).isEqualTo(0x3AB380000L);
    }

    @Test
    void v2HasTwoSections() throws Exception {
        ScatterDocument doc = read("v2.x/MT6789_mosya234_lenovo_tb350fu.txt");
        assertThat(doc.format()).isEqualTo(ScatterFormat.V2);
        assertThat(doc.configVersion()).isEqualTo("V2.2.0");
        assertThat(doc.layouts()).extracting(Layout::storage).containsExactly(Storage.EMMC, Storage.UFS);
        assertThat(doc.layout().storage()).isEqualTo(Storage.EMMC);
        Layout emmc = doc.layout(Storage.EMMC).orElseThrow();
        Layout ufs = doc.layout(Storage.UFS).orElseThrow();
        assertThat(emmc.blockSize()).isEqualTo(0x20000L);
        assertThat(ufs.blockSize()).isEqualTo(0x80000L);
        assertThat(emmc.partitions().get(0).name()).isEqualTo("preloader");
        assertThat(emmc.partitions().get(0).size()).isEqualTo(0x100000L);
        assertThat(emmc.partitions().get(1).region()).isEqualTo(Region.EMMC_BOOT2);
        assertThat(ufs.partitions().get(0).index()).isZero();
        assertThat(ufs.partitions().get(0).region().name()).isEqualTo("UFS_LU0");
        assertThat(ufs.partitions()).allMatch(p -> p.storage() == Storage.UFS);
        assertThat(emmc.partitions()).allMatch(p -> p.storage() == Storage.EMMC);
        assertThat(emmc.partitions().size() + ufs.partitions().size()).isEqualTo(132);
    }

    @Test
    void xmlV118() throws Exception {
        ScatterDocument doc = XmlFixtures.read("v118_emmc.xml");
        assertThat(doc.format()).isEqualTo(ScatterFormat.XML);
        assertThat(doc.configVersion()).isEqualTo("V1.1.8");
        assertThat(doc.platform()).isEqualTo("MT6768");
        Layout l = doc.layout();
        assertThat(l.storage()).isEqualTo(Storage.EMMC);
        assertThat(l.blockSize()).isEqualTo(0x20000L);
        assertThat(l.partitions()).extracting(Partition::name)
                .containsExactly("preloader", "pgpt", "boot", "userdata", "sgpt");
        assertThat(l.partitions().get(0).region()).isEqualTo(Region.EMMC_BOOT1_BOOT2);
        assertThat(part(l, "boot").fileName()).contains("boot&more.img");
        assertThat(part(l, "userdata").size()).isEqualTo(0x1BD7400000L);
        assertThat(part(l, "userdata").operation()).isEqualTo(OperationType.NEEDRESIZE);
        assertThat(part(l, "sgpt").endRelativeBlocks()).contains(0L);
        assertThat(part(l, "pgpt").index()).isEqualTo(1);
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void xmlV2Style() throws Exception {
        ScatterDocument doc = XmlFixtures.read("v220_emmc_ufs.xml");
        assertThat(doc.configVersion()).isEqualTo("V2.2.0");
        assertThat(doc.layouts()).extracting(Layout::storage).containsExactly(Storage.EMMC, Storage.UFS);
        Layout ufs = doc.layout(Storage.UFS).orElseThrow();
        assertThat(ufs.blockSize()).isEqualTo(0x80000L);
        assertThat(ufs.partitions()).hasSize(3);
        assertThat(part(ufs, "super").size()).isEqualTo(0x220000000L);
        assertThat(part(ufs, "super").region().name()).isEqualTo("UFS_LU2");
        assertThat(doc.layout(Storage.EMMC).orElseThrow().partitions()).hasSize(2);
        assertThat(new ScatterValidator().validate(doc)).isEmpty();
    }
}
