package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/** A layout without a file (device table, backup, demo) becomes a V1.1.2 scatter that reads back as itself. */
class FromLayoutTest {

    @Test
    void aLayoutWrittenAsAScatterReadsBackAsTheSameLayout() throws Exception {
        List<Partition> parts = List.of(
                Partition.builder("preloader").region(Region.EMMC_BOOT1).size(0x40000).fileName("preloader.bin")
                        .type("SV5_BL_BIN").operation(OperationType.BOOTLOADERS).build(),
                Partition.builder("pgpt").start(0).size(0x8000).downloadable(false).operation(OperationType.INVISIBLE)
                        .build(),
                Partition.builder("nvram").start(0x100000).size(0x500000).downloadable(false).upgradable(false)
                        .operation(OperationType.BINREGION).build(),
                Partition.builder("userdata").start(0x10000000L).size(0x1BD7400000L).fileName("userdata.img")
                        .type("EXT4_IMG").build());
        Layout layout = new Layout("phone", "MT6765", Storage.EMMC, 0x20000, parts, Map.of());

        ScatterDocument doc = ScatterConverter.fromLayout(layout, "from_device");

        assertThat(doc.format()).isEqualTo(ScatterFormat.V1);
        assertThat(doc.platform()).isEqualTo("MT6765");
        assertThat(doc.project()).isEqualTo("from_device");
        List<Partition> back = doc.layout().partitions();
        assertThat(back).hasSameSizeAs(parts);
        for (int i = 0; i < parts.size(); i++) {
            Partition a = parts.get(i);
            Partition b = back.get(i);
            assertThat(b.name()).isEqualTo(a.name());
            assertThat(b.region()).isEqualTo(a.region());
            assertThat(b.start()).as(a.name()).isEqualTo(a.start());
            assertThat(b.size()).as(a.name()).isEqualTo(a.size());
            assertThat(b.fileName()).isEqualTo(a.fileName());
            assertThat(b.downloadable()).isEqualTo(a.downloadable());
            assertThat(b.type()).isEqualTo(a.type());
            assertThat(b.operation()).isEqualTo(a.operation());
            assertThat(b.upgradable()).isEqualTo(a.upgradable());
        }
        assertThat(new String(doc.toBytes(), java.nio.charset.StandardCharsets.UTF_8))
                .contains("region: EMMC_BOOT_1").contains("partition_size: 0x1bd7400000");
    }
}
