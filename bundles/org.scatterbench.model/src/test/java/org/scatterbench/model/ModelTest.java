package org.scatterbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ModelTest {

    @Test
    void regionSpellingsOfEveryGenerationMapToOneRegion() {
        assertThat(Region.parse("EMMC_BOOT_1")).isEqualTo(Region.EMMC_BOOT1).isEqualTo(Region.parse("emmc_boot1"));
        assertThat(Region.parse("UFS_LU2").isUserArea()).isTrue();
        assertThat(Region.parse("UFS_LU0").isBootArea()).isTrue();
        assertThat(Region.parse("NONE")).isEqualTo(Region.NONE);
        assertThat(Storage.parse("HW_STORAGE_EMMC")).isEqualTo(Storage.EMMC);
        assertThat(Storage.parse("floppy")).isEqualTo(Storage.UNKNOWN);
        assertThat(OperationType.parse("BOOTLOADER")).isEqualTo(OperationType.BOOTLOADERS);
    }

    @Test
    void rangesCompareOnlyInsideOneRegionExceptTheBothBootAreasRegion() {
        ByteRange user = new ByteRange(Region.EMMC_USER, 0x1000, 0x1000);
        assertThat(user.overlaps(new ByteRange(Region.EMMC_USER, 0x1FFF, 1))).isTrue();
        assertThat(user.overlaps(new ByteRange(Region.EMMC_USER, 0x2000, 1))).isFalse();
        assertThat(user.overlaps(new ByteRange(Region.EMMC_BOOT1, 0x1000, 0x1000))).isFalse();
        ByteRange both = new ByteRange(Region.EMMC_BOOT1_BOOT2, 0, 0x40000);
        assertThat(both.overlaps(new ByteRange(Region.EMMC_BOOT2, 0x100, 1))).isTrue();
        assertThat(user.contains(new ByteRange(Region.EMMC_USER, 0x1000, 0x1000))).isTrue();
        assertThat(user.contains(new ByteRange(Region.EMMC_USER, 0x1000, 0x1001))).isFalse();
        // a write to both boot areas is not within an allowance for one of them: it writes the other too
        ByteRange boot1 = new ByteRange(Region.EMMC_BOOT1, 0, 0x40000);
        assertThat(boot1.contains(new ByteRange(Region.EMMC_BOOT1_BOOT2, 0, 0x40000))).isFalse();
        assertThat(both.contains(new ByteRange(Region.EMMC_BOOT1, 0, 0x40000))).isTrue();
        assertThat(both.contains(new ByteRange(Region.EMMC_BOOT2, 0x100, 1))).isTrue();
    }

    @Test
    void rangesAndPartitionsRejectImpossibleValues() {
        assertThatThrownBy(() -> new ByteRange(Region.EMMC_USER, Long.MAX_VALUE, 2)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> new ByteRange(Region.EMMC_USER, -1, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Partition.builder("userdata").size(-5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("userdata");
    }

    @Test
    void layoutsFindPartitionsAcrossGenerationsByCanonicalName() {
        Partition android = Partition.builder("ANDROID").start(0x3000000).size(0x40000000L).build();
        Partition data = Partition.builder("__NODL_USRDATA").start(0x43000000L).size(0x100000000L).build();
        Layout l = Layout.of("old.txt", Storage.EMMC, List.of(data, android));
        assertThat(l.find("system")).contains(android);
        assertThat(l.find("userdata").map(Partition::baseName)).contains("USRDATA");
        assertThat(l.sortedByStart()).containsExactly(android, data);
        assertThat(data.end()).isEqualTo(0x143000000L);
    }

    @Test
    void diagnosticsReadLikeCompilerMessages() {
        Diagnostic d = Diagnostic.error("SCATTER_OVERLAP", "overlaps 'boot'").at("MT6765.txt", 12, 3).forPartition("recovery");
        assertThat(d).hasToString("MT6765.txt:12:3: error SCATTER_OVERLAP: [recovery] overlaps 'boot'");
        assertThat(d.isError()).isTrue();
    }

    @Property(tries = 300)
    void overlapIsSymmetricAndImpliedByContainment(@ForAll @LongRange(max = 1L << 40) long s1,
            @ForAll @LongRange(min = 1, max = 1L << 30) long n1, @ForAll @LongRange(max = 1L << 40) long s2,
            @ForAll @LongRange(min = 1, max = 1L << 30) long n2) {
        ByteRange a = new ByteRange(Region.EMMC_USER, s1, n1);
        ByteRange b = new ByteRange(Region.EMMC_USER, s2, n2);
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
        if (a.contains(b)) {
            assertThat(a.overlaps(b)).isTrue();
        }
        assertThat(a.overlaps(b)).isEqualTo(Math.max(s1, s2) < Math.min(s1 + n1, s2 + n2));
    }
}
