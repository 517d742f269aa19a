package org.scatterbench.cli.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.ScatterbenchCli;
import org.scatterbench.image.sparse.SparseImageWriter;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

class ImageInfoCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ScatterbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path sparseExt4() throws Exception {
        byte[] head = new byte[4096];
        ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(1024 + 0x04, 256);
        b.putInt(1024 + 0x0C, 200);
        b.putInt(1024 + 0x18, 2);
        b.putShort(1024 + 0x38, (short) 0xEF53);
        head[1024 + 0x78] = 's';
        Path img = dir.resolve("system.img");
        try (SparseImageWriter w = SparseImageWriter.create(img, 4096, false)) {
            w.raw(head);
            w.fill(0x01020304, 3);
            w.dontCare(252);
        }
        return img;
    }

    @Test
    void textDescribesASparseExt4Image() throws Exception {
        Path img = sparseExt4();
        assertThat(run("image", "info", img.toString(), "--sha256")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains(img + ": sparse image").contains("ext4 filesystem \"s\" of 1048576 bytes")
                .contains("expanded size:   1048576 bytes (1.00 MiB)").contains("sparse chunks:   3 (0 CRC32)")
                .containsPattern("sha256: +[0-9a-f]{64}");
    }

    @Test
    void jsonHasSizesKindAndSparseContent() throws Exception {
        Path img = sparseExt4();
        assertThat(run("image", "info", img.toString(), "--json")).isZero();
        JsonObject o = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject();
        assertThat(o.get("kind").getAsString()).isEqualTo("ext4");
        assertThat(o.get("sparse").getAsBoolean()).isTrue();
        assertThat(o.get("expanded_size").getAsLong()).isEqualTo(1L << 20);
        assertThat(o.get("filesystem_size").getAsLong()).isEqualTo(1L << 20);
        assertThat(o.get("used_estimate").getAsLong()).isEqualTo(56L * 4096);
        assertThat(o.getAsJsonObject("sparse_content").get("fill_bytes").getAsLong()).isEqualTo(3 * 4096);
        assertThat(o.get("file_size").getAsLong()).isEqualTo(Files.size(img));
        assertThat(o.get("avb_footer").isJsonNull()).isTrue();
    }

    @Test
    void malformedImageExitsOneWithTheLocationAndNoStackTrace() throws Exception {
        Path img = sparseExt4();
        byte[] bytes = Files.readAllBytes(img);
        Path cut = Files.write(dir.resolve("cut.img"), java.util.Arrays.copyOf(bytes, 28 + 12 + 100));
        assertThat(run("image", "info", cut.toString())).isEqualTo(1);
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(e).startsWith("scatterbench: " + cut).contains("chunk 0 (RAW) at offset 0x1C")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void missingFileExitsOne() {
        assertThat(run("image", "info", dir.resolve("none.img").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("none.img: no such file");
    }

    @Test
    void sparseThenExpandGivesBackTheRawBytes() throws Exception {
        byte[] raw = new byte[5 * 4096 + 100];
        new java.util.Random(7).nextBytes(raw);
        java.util.Arrays.fill(raw, 4096, 3 * 4096, (byte) 0); // two zero blocks
        Path in = Files.write(dir.resolve("logo.bin"), raw);
        Path sparse = dir.resolve("logo.sparse.img");
        Path back = dir.resolve("logo.back.bin");
        assertThat(run("image", "sparse", in.toString(), "-o", sparse.toString(), "--zeros-as-dont-care", "--crc"))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("wrote " + sparse).contains("expands to 24576 bytes");
        assertThat(run("image", "expand", sparse.toString(), "-o", back.toString())).isZero();
        byte[] expanded = Files.readAllBytes(back);
        assertThat(expanded).hasSize(6 * 4096);
        assertThat(java.util.Arrays.copyOf(expanded, raw.length)).isEqualTo(raw);
        assertThat(java.util.Arrays.copyOfRange(expanded, raw.length, expanded.length)).containsOnly(0);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("."));
        }
    }

    @Test
    void expandingABrokenImageLeavesNoOutput() throws Exception {
        Path img = sparseExt4();
        byte[] bytes = Files.readAllBytes(img);
        java.nio.ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(16, 300); // total_blks
        Path broken = Files.write(dir.resolve("broken.img"), bytes);
        Path target = dir.resolve("out.bin");
        assertThat(run("image", "expand", broken.toString(), "-o", target.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("total_blks 300");
        assertThat(target).doesNotExist();
    }

    @Test
    void badBlockSizeIsAUsageError() throws Exception {
        Path in = Files.write(dir.resolve("a.bin"), new byte[10]);
        assertThat(run("image", "sparse", in.toString(), "-o", dir.resolve("b").toString(), "--block-size", "6"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--block-size must be a positive multiple of 4");
    }
}
