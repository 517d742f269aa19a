package org.scatterbench.cli.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.cli.ScatterbenchCli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The {@code scatter} commands end to end: output, files written and exit codes. */
class ScatterCommandsTest {

    @TempDir
    Path dir;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    @BeforeEach
    void streams() {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return ScatterbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** ../shared, found from the property or by walking up (never copied into the project). */
    static Path corpus(String relative) {
        String prop = System.getProperty("scatterbench.shared");
        Path shared = null;
        if (prop != null) {
            shared = Paths.get(prop);
        } else {
            for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
                if (Files.isDirectory(d.resolve("shared/corpus"))) {
                    shared = d.resolve("shared");
                    break;
                }
            }
        }
        if (shared == null) {
            throw new IllegalStateException("shared/corpus not found");
        }
        return shared.resolve("corpus/scatter").resolve(relative);
    }

    @Test
    void showPrintsATable() {
        assertThat(run("scatter", "show", corpus("v1.x/MT6582_LinuxBozo_wish_tablet.txt").toString())).isZero();
        String text = out();
        assertThat(text).contains("V1.x scatter (V1.1.1)").contains("platform: MT6582")
                .contains("EMMC layout: 19 partitions, block size 0x20000");
        assertThat(text).containsPattern("USRDATA +EMMC_USER +0x6D300000 +0x33B920000 +12\\.9 GiB +yes +data\\.img");
        assertThat(text).containsPattern("PRO_INFO +EMMC_USER +0x100000 +0x300000 +3 MiB +no +-");
        assertThat(text).containsPattern("BMTPOOL +EMMC_USER +end-168 blk");
        assertThat(err()).isEmpty();
    }

    @Test
    void showJsonListsEveryStorageSection() {
        assertThat(run("scatter", "show", corpus("v2.x/MT6785_Dewil-King_mt6785.txt").toString(), "--json")).isZero();
        JsonObject o = JsonParser.parseString(out()).getAsJsonObject();
        assertThat(o.get("format").getAsString()).isEqualTo("V2");
        assertThat(o.get("platform").getAsString()).isEqualTo("MT6785");
        assertThat(o.get("storage").getAsString()).isEqualTo("EMMC");
        JsonArray parts = o.getAsJsonArray("partitions");
        assertThat(parts).hasSize(110);
        JsonObject first = parts.get(0).getAsJsonObject();
        assertThat(first.get("name").getAsString()).isEqualTo("preloader");
        assertThat(first.get("index").getAsInt()).isZero();
        assertThat(first.get("storage").getAsString()).isEqualTo("EMMC");
        assertThat(first.get("linear_start").getAsLong()).isZero();
        JsonObject lastUfs = parts.get(109).getAsJsonObject();
        assertThat(lastUfs.get("storage").getAsString()).isEqualTo("UFS");
        assertThat(lastUfs.get("linear_start").isJsonNull()).isTrue(); // end-relative reservation
        long ufsCount = 0;
        for (var e : parts) {
            if (e.getAsJsonObject().get("storage").getAsString().equals("UFS")) {
                ufsCount++;
            }
        }
        assertThat(ufsCount).isEqualTo(55);
    }

    @Test
    void showJsonOfLegacyHasDerivedSizesAndPrefixes() {
        assertThat(run("scatter", "show", corpus("legacy/MT6589_GoldRenard_lenovo_s960.txt").toString(), "--json"))
                .isZero();
        JsonObject o = JsonParser.parseString(out()).getAsJsonObject();
        assertThat(o.get("format").getAsString()).isEqualTo("LEGACY");
        JsonObject pmt = o.getAsJsonArray("partitions").get(3).getAsJsonObject();
        assertThat(pmt.get("name").getAsString()).isEqualTo("__NODL_PMT");
        assertThat(pmt.get("download").getAsBoolean()).isFalse();
        assertThat(pmt.get("size").getAsLong()).isEqualTo(0xb00000L - 0x700000L);
        assertThat(pmt.get("file").isJsonNull()).isTrue();
    }

    @Test
    void showUnreadableExitsOne() throws Exception {
        Path junk = dir.resolve("junk.txt");
        Files.writeString(junk, "hello\nworld\n");
        assertThat(run("scatter", "show", junk.toString())).isEqualTo(1);
        assertThat(err()).startsWith("scatterbench: " + junk + ":1: not a scatter file").doesNotContain("Exception");
    }

    @Test
    void validateExitCodes() throws Exception {
        assertThat(run("scatter", "validate", corpus("v1.x/MT6765_Dewil-King_k65v1.txt").toString())).isZero();
        assertThat(out()).contains("0 errors, 0 warnings");

        Path bad = dir.resolve("bad.txt");
        String text = Files.readString(corpus("v1.x/MT6765_Dewil-King_k65v1.txt"))
                .replaceFirst("partition_size: 0x80000", "partition_size: 0x90000");
        Files.writeString(bad, text);
        assertThat(run("scatter", "validate", bad.toString())).isEqualTo(1);
        assertThat(out()).containsPattern(bad + ":\\d+:\\d+: error SCATTER_SIZE_MISMATCH: \\[")
                .contains("1 error, 0 warnings");

        Path broken = dir.resolve("broken.txt");
        Files.writeString(broken, "PRELOADER 0x0\n{\n}\nMBR 0x600000\n");
        assertThat(run("scatter", "validate", broken.toString())).isEqualTo(1);
        assertThat(err()).contains("broken.txt").doesNotContain("at org.");

        assertThat(run("scatter", "validate", dir.resolve("missing.txt").toString())).isEqualTo(1);
        assertThat(err()).contains("no such file");
    }

    @Test
    void validateWithRom() throws Exception {
        Path scatter = dir.resolve("s.txt");
        Files.writeString(scatter, "- partition_index: SYS0\n  partition_name: boot\n  file_name: boot.img\n"
                + "  is_download: true\n  linear_start_addr: 0x0\n  physical_start_addr: 0x0\n"
                + "  partition_size: 0x1000\n  region: EMMC_USER\n");
        Path rom = Files.createDirectory(dir.resolve("rom"));
        assertThat(run("scatter", "validate", scatter.toString(), "--rom", rom.toString())).isEqualTo(1);
        assertThat(out()).contains("SCATTER_IMAGE_MISSING");
        Files.write(rom.resolve("boot.img"), new byte[0x800]);
        assertThat(run("scatter", "validate", scatter.toString(), "--rom", rom.toString())).isZero();
        assertThat(run("scatter", "validate", scatter.toString(), "--rom", dir.resolve("nope").toString()))
                .isEqualTo(1);
        assertThat(err()).contains("not a folder");
    }

    @Test
    void formatWritesTheSameBytes() throws Exception {
        for (String f : new String[] { "v1.x/MT6768_Dewil-King_mt6768.txt", "legacy/MT6589_GoldRenard_lenovo_s960.txt",
                "v2.x/MT6781_Dewil-King_mt6781.txt" }) {
            Path target = dir.resolve("out.txt");
            assertThat(run("scatter", "format", corpus(f).toString(), "-o", target.toString())).isZero();
            assertThat(Files.readAllBytes(target)).isEqualTo(Files.readAllBytes(corpus(f)));
        }
        assertThat(run("scatter", "format", dir.resolve("none.txt").toString(), "-o", dir.resolve("x").toString()))
                .isEqualTo(1);
        assertThat(Files.exists(dir.resolve("x"))).isFalse();
        assertThat(run("scatter", "format", corpus("v1.x/MT6768_Dewil-King_mt6768.txt").toString())).isEqualTo(2);
        assertThat(err()).contains("-o");
    }

    @Test
    void formatWritesThroughALinkAndRefusesWhatIsNotAFile() throws Exception {
        Path src = corpus("v1.x/MT6768_Dewil-King_mt6768.txt");
        Path real = Files.writeString(dir.resolve("real.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real.getFileName());
        assertThat(run("scatter", "format", src.toString(), "-o", link.toString())).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readAllBytes(real)).isEqualTo(Files.readAllBytes(src));

        Path folder = Files.createDirectory(dir.resolve("folder"));
        assertThat(run("scatter", "format", src.toString(), "-o", folder.toString())).isEqualTo(1);
        assertThat(err()).contains(folder + " is a directory; nothing was written");
        assertThat(out()).doesNotContain("wrote");

        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            mkfifo.getInputStream().readAllBytes();
        } catch (java.io.IOException e) {
            mkfifo = null;
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo != null && mkfifo.waitFor() == 0, "mkfifo available");
        assertThat(run("scatter", "format", src.toString(), "-o", fifo.toString())).isEqualTo(1);
        assertThat(err()).contains(fifo + " is not a regular file; nothing was written");
        assertThat(out()).doesNotContain("wrote");
        assertThat(Files.isRegularFile(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, java.nio.file.LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void convertToEachFormatAndBack() throws Exception {
        Path src = corpus("v1.x/MT6768_Carlitoshsh_carlitoshsh.txt");
        assertThat(run("scatter", "show", src.toString(), "--json")).isZero();
        JsonArray original = JsonParser.parseString(out()).getAsJsonObject().getAsJsonArray("partitions");
        for (String to : new String[] { "v1", "v2", "xml" }) {
            Path target = dir.resolve("converted." + to);
            assertThat(run("scatter", "convert", src.toString(), "--to", to, "-o", target.toString())).isZero();
            assertThat(run("scatter", "show", target.toString(), "--json")).isZero();
            JsonObject o = JsonParser.parseString(out()).getAsJsonObject();
            assertThat(o.get("format").getAsString()).isEqualTo(to.toUpperCase());
            assertThat(o.getAsJsonArray("partitions")).isEqualTo(original);
        }
    }

    @Test
    void convertRefusalsNameWhatCannotBeExpressed() throws Exception {
        Path v2 = corpus("v2.x/MT6789_mosya234_lenovo_tb350fu.txt");
        Path target = dir.resolve("v1.txt");
        assertThat(run("scatter", "convert", v2.toString(), "--to", "v1", "-o", target.toString())).isEqualTo(1);
        assertThat(err()).contains("one storage layout").contains("EMMC, UFS");
        assertThat(Files.exists(target)).isFalse();
        assertThat(run("scatter", "convert", v2.toString(), "--to", "v1", "--storage", "UFS", "-o", target.toString()))
                .isZero();
        assertThat(Files.readString(target)).contains("storage: UFS").doesNotContain("storage_type");
        assertThat(run("scatter", "convert", corpus("legacy/MT6589_GoldRenard_lenovo_s960.txt").toString(), "--to",
                "xml", "-o", dir.resolve("l.xml").toString())).isEqualTo(1);
        assertThat(err()).contains("LEGACY");
        assertThat(run("scatter", "convert", v2.toString(), "--to", "yaml", "-o", target.toString())).isEqualTo(2);
    }
}
