package org.scatterbench.emulator.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.emulator.golden.SharedCorpus;
import org.scatterbench.emulator.testhost.SystemTools;
import org.scatterbench.layout.table.TableKind;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/**
 * Phone images and ROM folders made from real scatters of the corpus, checked with the system's
 * own partitioning tools (sgdisk, sfdisk) where they are installed.
 */
class ToolsOnRealScattersTest {

    static final String GPT_SCATTER = "v1.x/MT6765_Dewil-King_mt6765_fastboot.txt";
    static final String MBR_SCATTER = "v1.x/MT6572_NeverMine17_fly_iq4407.txt";

    @TempDir
    Path dir;

    static Path scatter(String name) {
        return SharedCorpus.scatterDir().resolve(name);
    }

    static String run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", cmd) + ":\n" + out).isZero();
        return out;
    }

    private static String label(Path image, long offset) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(image.toFile(), "r")) {
            byte[] b = new byte[BlockLabel.BLOCK];
            f.seek(offset);
            f.readFully(b);
            return BlockLabel.read(b);
        }
    }

    @Test
    void gptImageReadsBackWithSgdisk() throws Exception {
        Layout layout = ScatterLayouts.emmcLayout(scatter(GPT_SCATTER));
        Path img = dir.resolve("phone.img");
        PhoneImageWriter.Result r = new PhoneImageWriter(8192).write(layout, img, ImageSpec.minimumSize(layout));
        assertThat(r.table()).isEqualTo(TableKind.GPT);
        Partition boot = layout.find("boot").orElseThrow();
        assertThat(label(img, boot.start())).isEqualTo("SBEMU:phone:boot:block 0");
        assertThat(label(img, boot.start() + 4096)).isEqualTo("SBEMU:phone:boot:block 1");
        assertThat(label(img, boot.end() - 4096)).isEqualTo("SBEMU:phone:boot:block " + (boot.size() / 4096 - 1));
        try (RandomAccessFile f = new RandomAccessFile(img.toFile(), "r")) {
            byte[] sig = new byte[8];
            f.seek(512);
            f.readFully(sig);
            assertThat(new String(sig, StandardCharsets.US_ASCII)).isEqualTo("EFI PART");
        }
        assumeTrue(SystemTools.installed("sgdisk"), "sgdisk is not installed");
        String out = run(SystemTools.find("sgdisk"), "-p", img.toString());
        long userParts = layout.partitions().stream()
                .filter(p -> p.region().equals(Region.EMMC_USER) && !p.name().equalsIgnoreCase("pgpt")
                        && !p.name().equalsIgnoreCase("sgpt") && p.size() > 0)
                .count();
        assertThat(out).contains("holds up to 128 entries");
        assertThat(out.lines().filter(l -> l.matches("\\s+\\d+\\s+\\d+\\s+\\d+.*")).count()).isEqualTo(userParts);
        assertThat(out).containsPattern("\\s" + boot.start() / 512 + "\\s+" + (boot.end() / 512 - 1) + "\\s.*boot\\b");
        assertThat(run(SystemTools.find("sgdisk"), "-v", img.toString())).contains("No problems found");
    }

    @Test
    void mbrImageReadsBackWithSfdisk() throws Exception {
        Layout layout = ScatterLayouts.emmcLayout(scatter(MBR_SCATTER));
        Path img = dir.resolve("phone.img");
        PhoneImageWriter.Result r = new PhoneImageWriter(8192).write(layout, img, ImageSpec.minimumSize(layout));
        assertThat(r.table()).isEqualTo(TableKind.MBR_EBR);
        Partition system = layout.find("system").orElseThrow();
        assertThat(label(img, system.start())).isEqualTo("SBEMU:phone:ANDROID:block 0");
        assumeTrue(SystemTools.installed("sfdisk"), "sfdisk is not installed");
        String out = run(SystemTools.find("sfdisk"), "-d", img.toString());
        assertThat(out).contains("label: dos");
        assertThat(out).containsPattern("start=\\s*" + system.start() / 512 + ", size=\\s*" + system.size() / 512);
    }

    @Test
    void endRelativePartitionsFitTheMinimumSize() throws Exception {
        Layout layout = ScatterLayouts.emmcLayout(scatter("v1.x/MT6768_Dewil-King_mt6768.txt"));
        Path img = dir.resolve("phone.img");
        PhoneImageWriter.Result r = new PhoneImageWriter(4096).write(layout, img, ImageSpec.minimumSize(layout));
        assertThat(r.table()).isEqualTo(TableKind.GPT);
        assertThat(r.labelled()).contains("otp", "flashinfo", "userdata");
        assumeTrue(SystemTools.installed("sgdisk"), "sgdisk is not installed");
        assertThat(run(SystemTools.find("sgdisk"), "-v", img.toString())).contains("No problems found");
    }

    /** Every eMMC scatter of the corpus gives an image, or a one-line reason naming the file or a partition. */
    @Test
    void everyCorpusScatterMakesAnImageOrSaysWhyNot() throws Exception {
        List<Path> files;
        try (var s = Files.walk(SharedCorpus.scatterDir())) {
            files = s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().endsWith(".tsv")).sorted()
                    .toList();
        }
        int made = 0;
        for (Path f : files) {
            Path img = dir.resolve(f.getFileName() + ".img");
            try {
                Layout layout = ScatterLayouts.emmcLayout(f);
                new PhoneImageWriter(0).write(layout, img, ImageSpec.minimumSize(layout));
                made++;
            } catch (org.scatterbench.scatter.ScatterReadException e) {
                assertThat(e.getMessage()).contains(f.getFileName().toString());
            } catch (org.scatterbench.layout.table.TableFormatException e) {
                assertThat(e.getMessage()).as(f.toString()).contains("partition");
                assertThat(Files.exists(img)).as("no half-made image for " + f).isFalse();
            }
            Files.deleteIfExists(img);
        }
        assertThat(made).isGreaterThan(files.size() / 2);
    }

    @Test
    void anExistingImageIsNeverOverwritten() throws Exception {
        Layout layout = ScatterLayouts.emmcLayout(scatter(GPT_SCATTER));
        Path img = Files.writeString(dir.resolve("phone.img"), "precious");
        assertThatThrownBy(() -> new PhoneImageWriter(0).write(layout, img, ImageSpec.minimumSize(layout)))
                .hasMessageContaining(img.toString());
        assertThat(Files.readString(img)).isEqualTo("precious");
    }

    @Test
    void tooSmallAnImageFailsNamingAPartitionAndLeavesNoFile() throws Exception {
        Layout layout = ScatterLayouts.emmcLayout(scatter(GPT_SCATTER));
        Path img = dir.resolve("small.img");
        assertThatThrownBy(() -> new PhoneImageWriter(0).write(layout, img, 64L << 20))
                .hasMessageContaining("partition");
        assertThat(Files.exists(img)).isFalse();
    }

    @Test
    void romAndUpgradedRomDifferExactlyInTheUpgradedPartitions() throws Exception {
        Path scatter = scatter(MBR_SCATTER);
        Layout layout = ScatterLayouts.emmcLayout(scatter);
        long disk = ImageSpec.minimumSize(layout);
        List<Path> base = new RomFolderWriter(64 * 1024).write(scatter, layout, dir.resolve("v1"), false, disk);
        List<Path> up = new RomFolderWriter(64 * 1024).write(scatter, layout, dir.resolve("v2"), true, disk);
        assertThat(Files.readAllBytes(dir.resolve("v1").resolve(scatter.getFileName())))
                .isEqualTo(Files.readAllBytes(scatter));
        assertThat(base).hasSameSizeAs(up).isNotEmpty();
        for (Partition p : layout.partitions()) {
            if (p.fileName().isEmpty() || !p.downloadable()) {
                continue;
            }
            byte[] a = Files.readAllBytes(dir.resolve("v1").resolve(p.fileName().get()));
            byte[] b = Files.readAllBytes(dir.resolve("v2").resolve(p.fileName().get()));
            if (RomFolderWriter.UPGRADED.contains(p.canonicalName())) {
                assertThat(a).as(p.name()).isNotEqualTo(b);
                assertThat(BlockLabel.read(b)).isEqualTo("SBEMU:rom-v2:" + p.baseName() + ":block 0");
            } else {
                assertThat(a).as(p.name()).isEqualTo(b);
            }
        }
        byte[] mbr = Files.readAllBytes(dir.resolve("v1").resolve("MBR"));
        assertThat(mbr[510] & 0xFF).isEqualTo(0x55);
        assertThat(mbr[511] & 0xFF).isEqualTo(0xAA);
        assertThat(BlockLabel.read(Files.readAllBytes(dir.resolve("v1").resolve("boot.img"))))
                .isEqualTo("SBEMU:rom-v1:BOOTIMG:block 0");
    }
}
