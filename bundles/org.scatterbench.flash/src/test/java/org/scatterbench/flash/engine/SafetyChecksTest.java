package org.scatterbench.flash.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/** Brick guard, write fence and plan binding: the checks that stand between a plan and the phone. */
class SafetyChecksTest {

    private static final ChipDescriptor MT6765 = new ChipDescriptor("mt6765", "MT6765/MT8768t", 0x0766, 0x6765,
            0x10007000L, 0x22000064L, Set.of(Storage.EMMC), "xflash", "test");

    @TempDir
    Path tmp;

    private static Layout rom(String platform, Storage storage) {
        return new Layout("rom.txt", platform, storage, 0, List.of(), Map.of());
    }

    @Test
    void brickGuardAcceptsTheRightRomAndRefusesOthersPlainly() throws Exception {
        assertThat(BrickGuard.check(rom("MT6765", Storage.EMMC), MT6765, Storage.EMMC, Optional.empty())).isEmpty();
        assertThat(BrickGuard.check(rom("mt8768t", Storage.EMMC), MT6765, Storage.EMMC, Optional.empty())).isEmpty();
        assertThat(BrickGuard.check(rom("MT6768", Storage.EMMC), MT6765, Storage.EMMC, Optional.empty()))
                .singleElement().asString().contains("is for MT6768").contains("brick");
        assertThat(BrickGuard.check(rom("MT6765", Storage.UFS), MT6765, Storage.EMMC, Optional.empty()))
                .singleElement().asString().contains("UFS storage but the phone has EMMC");
        assertThat(BrickGuard.check(rom("", Storage.EMMC), MT6765, Storage.EMMC, Optional.empty()))
                .singleElement().asString().contains("does not name its platform");
    }

    @Test
    void aPreloaderForAnotherChipOrStorageIsRefused() throws Exception {
        Path good = Files.write(tmp.resolve("preloader_k65v1.bin"),
                "EMMC_BOOT\0\0\0 ... MT6765 build ...".getBytes(StandardCharsets.ISO_8859_1));
        Path other = Files.write(tmp.resolve("preloader_k68.bin"),
                "EMMC_BOOT\0\0\0 ... MT6768 build ...".getBytes(StandardCharsets.ISO_8859_1));
        Path ufs = Files.write(tmp.resolve("preloader_ufs.bin"), "UFS_BOOT\0 MT6765".getBytes(StandardCharsets.ISO_8859_1));
        Layout r = rom("MT6765", Storage.EMMC);
        assertThat(BrickGuard.check(r, MT6765, Storage.EMMC, Optional.of(good))).isEmpty();
        assertThat(BrickGuard.check(r, MT6765, Storage.EMMC, Optional.of(other))).singleElement().asString()
                .contains("preloader_k68.bin").contains("MT6768").contains("unbootable");
        assertThat(BrickGuard.check(r, MT6765, Storage.EMMC, Optional.of(ufs))).singleElement().asString()
                .contains("UFS");
    }

    @Test
    void theFenceRefusesAnyByteOutsideThePlan() throws Exception {
        WriteFence f = new WriteFence(List.of(new ByteRange(Region.EMMC_USER, 0x1000, 0x1000)));
        f.check(new ByteRange(Region.EMMC_USER, 0x1000, 0x1000), "boot");
        f.check(new ByteRange(Region.EMMC_USER, 0x1800, 0x200), "boot");
        assertThatThrownBy(() -> f.check(new ByteRange(Region.EMMC_USER, 0x1E00, 0x400), "boot"))
                .isInstanceOf(FlashException.class).hasMessageContaining("outside every range the plan changes");
        assertThatThrownBy(() -> f.check(new ByteRange(Region.EMMC_BOOT1, 0x1000, 0x200), "boot"))
                .isInstanceOf(FlashException.class);
    }

    @Test
    void bindingNamesEachDifference() {
        Partition a = Partition.builder("system").start(0x100000).size(0x100000).build();
        Partition b = Partition.builder("userdata").start(0x200000).size(0x100000).build();
        Partition pre = Partition.builder("preloader").region(Region.EMMC_BOOT1_BOOT2).size(0x40000).build();
        Layout planned = Layout.of("old.txt", Storage.EMMC, List.of(pre, a, b));
        Layout device = Layout.of("device", Storage.EMMC, List.of(a, b.withSize(0x80000),
                Partition.builder("cache").start(0x300000).size(0x1000).build()));
        assertThat(LayoutComparison.differences(planned, planned.withPartitions(List.of(a, b)))).isEmpty();
        assertThat(LayoutComparison.differences(planned, device)).containsExactly(
                "userdata: old.txt says 0x200000+0x100000, the phone has 0x200000+0x80000",
                "cache is on the phone (0x300000+0x1000) but not in old.txt");
    }
}
