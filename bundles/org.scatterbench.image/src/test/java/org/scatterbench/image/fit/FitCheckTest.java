package org.scatterbench.image.fit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.image.Crafted;
import org.scatterbench.image.ImageFiles;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Severity;

class FitCheckTest {

    @TempDir
    Path dir;

    @Test
    void rawImageThatFitsGivesNothingEvenAtTheExactSize() throws Exception {
        Path img = Files.write(dir.resolve("logo.bin"), new byte[3 << 20]);
        assertThat(ImageFiles.checkFits(img, 3 << 20, "logo")).isEmpty();
        assertThat(ImageFiles.checkFits(img, 8 << 20, "logo")).isEmpty();
    }

    @Test
    void rawImageTooBigNamesPartitionImageAndBothSizes() throws Exception {
        Path img = Files.write(dir.resolve("boot.img"), new byte[(16 << 20) + 1]);
        Diagnostic d = ImageFiles.checkFits(img, 16 << 20, "boot").orElseThrow();
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.code()).isEqualTo(FitCheck.TOO_BIG);
        assertThat(d.partition()).isEqualTo("boot");
        assertThat(d.source()).isEqualTo(img.toString());
        assertThat(d.message()).contains(img.toString()).contains("partition boot")
                .contains("16777217 bytes (16.00 MiB)").contains("16777216 bytes (16.00 MiB)")
                .contains("1 bytes (0.00 MiB) too many");
    }

    @Test
    void sparseImageIsJudgedByItsExpandedSizeNotItsFileSize() throws Exception {
        Path img = Crafted.sparse().raw(Crafted.data(4096, 1)).dontCare(1023).write(dir.resolve("system.img"));
        assertThat(Files.size(img)).isLessThan(8192);
        assertThat(ImageFiles.checkFits(img, 4L << 20, "system")).isEmpty();
        Diagnostic d = ImageFiles.checkFits(img, (4L << 20) - 4096, "system").orElseThrow();
        assertThat(d.message()).contains("sparse image " + img + " expands to 4194304 bytes (4.00 MiB)")
                .contains("partition system holds only 4190208 bytes (4.00 MiB)")
                .contains("Only its DONT_CARE tail is too big").contains("offset 0x1000");
    }

    @Test
    void sparseDataBeyondThePartitionIsNotBlamedOnTheTail() throws Exception {
        Path img = Crafted.sparse().dontCare(10).raw(Crafted.data(4096, 2)).write(dir.resolve("vendor.img"));
        Diagnostic d = ImageFiles.checkFits(img, 10 * 4096, "vendor").orElseThrow();
        assertThat(d.code()).isEqualTo(FitCheck.TOO_BIG);
        assertThat(d.message()).doesNotContain("DONT_CARE");
    }

    @Test
    void filesystemClaimingMoreThanThePartitionIsRefused() throws Exception {
        byte[] img = new byte[8192];
        ByteBuffer b = ByteBuffer.wrap(img).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1024 + 0x04, 4096); // 4096 blocks of 4 KiB = 16 MiB
        b.putInt(1024 + 0x18, 2);
        b.putShort(1024 + 0x38, (short) 0xEF53);
        Path file = Files.write(dir.resolve("cache.img"), img);
        Diagnostic d = ImageFiles.checkFits(file, 8L << 20, "cache").orElseThrow();
        assertThat(d.code()).isEqualTo(FitCheck.FILESYSTEM_TOO_BIG);
        assertThat(d.message()).contains("partition cache").contains(file.toString())
                .contains("8388608 bytes (8.00 MiB)").contains("ext4 filesystem inside states 16777216 bytes (16.00 MiB)");
        assertThat(ImageFiles.checkFits(file, 16L << 20, "cache")).isEmpty();
    }

    @Test
    void missingAndMalformedImagesAreDiagnosticsNotExceptions() throws Exception {
        Optional<Diagnostic> missing = ImageFiles.checkFits(dir.resolve("nope.img"), 100, "recovery");
        assertThat(missing).get().extracting(Diagnostic::code).isEqualTo(FitCheck.MISSING);
        assertThat(missing.get().message()).contains("nope.img").contains("recovery");

        Crafted c = Crafted.sparse().dontCare(1);
        c.totalBlks = 7;
        Path broken = c.write(dir.resolve("broken.img"));
        Diagnostic d = ImageFiles.checkFits(broken, 1 << 20, "system").orElseThrow();
        assertThat(d.code()).isEqualTo(FitCheck.UNREADABLE);
        assertThat(d.message()).contains("partition system is malformed").contains(broken.toString())
                .contains("total_blks 7");
    }
}
