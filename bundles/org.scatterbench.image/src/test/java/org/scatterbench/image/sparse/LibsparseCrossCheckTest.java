package org.scatterbench.image.sparse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.image.Crafted;
import org.scatterbench.image.ImageSource;

/**
 * Cross-checks against AOSP's own libsparse tools (Debian package android-sdk-libsparse-utils):
 * images we write must expand under simg2img to what we expand them to, and images img2simg
 * writes must expand here to the raw input. Skipped where the tools are not installed.
 */
class LibsparseCrossCheckTest {

    @TempDir
    Path dir;

    private static boolean run(String... cmd) throws InterruptedException {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void requireTool(String tool) throws InterruptedException {
        assumeTrue(run("sh", "-c", "command -v " + tool), tool + " is not installed");
    }

    @Test
    void simg2imgExpandsOurImagesToTheSameBytes() throws Exception {
        requireTool("simg2img");
        Path img = dir.resolve("ours.img");
        byte[] a = Crafted.data(3 * 4096, 1);
        try (SparseImageWriter w = SparseImageWriter.create(img, 4096, true)) {
            w.dontCare(5);
            w.raw(a);
            w.fill(0xCAFEBABE, 7);
            w.crc();
            w.dontCare(2);
            w.raw(Crafted.data(4096, 2));
            w.crc();
        }
        Path theirs = dir.resolve("theirs.raw");
        assertThat(run("simg2img", img.toString(), theirs.toString())).as("simg2img accepts the image").isTrue();
        byte[] ours = ImageSource.open(img).openExpanded().readAllBytes();
        assertThat(Files.readAllBytes(theirs)).isEqualTo(ours);
    }

    @Test
    void img2simgImagesExpandHereToTheRawInput() throws Exception {
        requireTool("img2simg");
        byte[] raw = new byte[64 * 4096];
        for (int block = 0; block < 64; block++) {
            switch (block % 4) {
                case 0 -> System.arraycopy(Crafted.data(4096, block), 0, raw, block * 4096, 4096);
                case 1 -> java.util.Arrays.fill(raw, block * 4096, (block + 1) * 4096, (byte) 0x5A);
                default -> {
                    // zeros
                }
            }
        }
        Path in = Files.write(dir.resolve("in.raw"), raw);
        Path img = dir.resolve("theirs.img");
        assertThat(run("img2simg", in.toString(), img.toString())).isTrue();
        ImageSource src = ImageSource.open(img);
        assertThat(src.isSparse()).isTrue();
        assertThat(src.expandedSize()).isEqualTo(raw.length);
        assertThat(src.openExpanded().readAllBytes()).isEqualTo(raw);
        assertThat(src.totals().chunks()).isGreaterThan(1);
    }

    @Test
    void ourRawToSparseAgreesWithSimg2img() throws Exception {
        requireTool("simg2img");
        byte[] raw = Crafted.data(10 * 4096 + 123, 9);
        java.util.Arrays.fill(raw, 4096, 3 * 4096, (byte) 0);
        Path in = Files.write(dir.resolve("in.raw"), raw);
        for (RawToSparse.ZeroBlocks zeros : List.of(RawToSparse.ZeroBlocks.FILL, RawToSparse.ZeroBlocks.DONT_CARE)) {
            Path img = dir.resolve("ours-" + zeros + ".img");
            RawToSparse.convert(in, img, 4096, zeros, true);
            Path out = dir.resolve("back-" + zeros + ".raw");
            assertThat(run("simg2img", img.toString(), out.toString())).isTrue();
            byte[] back = Files.readAllBytes(out);
            assertThat(back).hasSize(11 * 4096);
            assertThat(java.util.Arrays.copyOf(back, raw.length)).isEqualTo(raw);
        }
    }
}
