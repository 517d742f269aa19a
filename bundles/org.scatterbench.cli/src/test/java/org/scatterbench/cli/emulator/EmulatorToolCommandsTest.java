package org.scatterbench.cli.emulator;

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

/** make-da, make-image, make-rom and the emulator's argument errors, in process. */
class EmulatorToolCommandsTest {

    static final String GPT_SCATTER = "v1.x/MT6765_Dewil-King_mt6765_fastboot.txt";
    static final String MBR_SCATTER = "v1.x/MT6572_NeverMine17_fly_iq4407.txt";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScatterbenchCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void makeDaWritesAContainerWithTheChipsDaCode() throws Exception {
        Path da = dir.resolve("DA.bin");
        Run r = run("emulator", "make-da", "--chip", "mt6765,mt6768", "-o", da.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("DA entries for MT6765, MT6768");
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(da)).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(b.getInt(0x68)).isEqualTo(2);
        assertThat(b.getShort(0x6C + 2) & 0xFFFF).isEqualTo(0x6765);
        assertThat(b.getShort(0x6C + 0xDC + 2) & 0xFFFF).isEqualTo(0x6768);
    }

    @Test
    void makeDaRefusesAnUnknownChipAndAnExistingFile() throws Exception {
        Path da = dir.resolve("DA.bin");
        Run bad = run("emulator", "make-da", "--chip", "mt1234", "-o", da.toString());
        assertThat(bad.code()).isEqualTo(ScatterbenchCli.EXIT_USAGE);
        assertThat(bad.err()).contains("unknown chip 'mt1234'").contains("mt6765").doesNotContain("Exception");
        Files.writeString(da, "keep");
        Run exists = run("emulator", "make-da", "-o", da.toString());
        assertThat(exists.code()).isEqualTo(ScatterbenchCli.EXIT_FAILURE);
        assertThat(exists.err()).contains(da.toString()).contains("--force");
        assertThat(Files.readString(da)).isEqualTo("keep");
        assertThat(run("emulator", "make-da", "-o", da.toString(), "--force").code()).isZero();
        assertThat(Files.size(da)).isGreaterThan(0x1000);
    }

    @Test
    void makeImageWritesTheTableTheScatterLists() throws Exception {
        Path gpt = dir.resolve("gpt.img");
        Run r = run("emulator", "make-image", "--scatter", SharedDir.scatter(GPT_SCATTER).toString(), "-o", gpt.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("GPT table");
        byte[] head = new byte[520];
        try (var f = Files.newInputStream(gpt)) {
            f.readNBytes(head, 0, head.length);
        }
        assertThat(new String(head, 512, 8, StandardCharsets.US_ASCII)).isEqualTo("EFI PART");
        Path mbr = dir.resolve("mbr.img");
        Run m = run("emulator", "make-image", "--scatter", SharedDir.scatter(MBR_SCATTER).toString(), "-o", mbr.toString(),
                "--fill", "0");
        assertThat(m.code()).as(m.err()).isZero();
        assertThat(m.out()).contains("MBR_EBR table").contains("0 partitions labelled");
    }

    @Test
    void makeImageErrorsNameTheFile() throws Exception {
        Path missing = dir.resolve("nope.txt");
        Run r = run("emulator", "make-image", "--scatter", missing.toString(), "-o", dir.resolve("x.img").toString());
        assertThat(r.code()).isEqualTo(ScatterbenchCli.EXIT_FAILURE);
        assertThat(r.err()).contains("nope.txt").doesNotContain("Exception");
        Run small = run("emulator", "make-image", "--scatter", SharedDir.scatter(GPT_SCATTER).toString(), "-o",
                dir.resolve("small.img").toString(), "--size", "16M");
        assertThat(small.code()).isEqualTo(ScatterbenchCli.EXIT_FAILURE);
        assertThat(small.err()).contains("partition");
        assertThat(Files.exists(dir.resolve("small.img"))).isFalse();
        Run size = run("emulator", "make-image", "--scatter", SharedDir.scatter(GPT_SCATTER).toString(), "-o",
                dir.resolve("s.img").toString(), "--size", "lots");
        assertThat(size.code()).isEqualTo(ScatterbenchCli.EXIT_USAGE);
        assertThat(size.err()).contains("--size");
    }

    @Test
    void makeRomAndUpgradedRom() throws Exception {
        Path v1 = dir.resolve("rom");
        Path v2 = dir.resolve("rom-up");
        String scatter = SharedDir.scatter(MBR_SCATTER).toString();
        assertThat(run("emulator", "make-rom", "--scatter", scatter, "-o", v1.toString()).code()).isZero();
        Run r = run("emulator", "make-rom", "--scatter", scatter, "-o", v2.toString(), "--upgraded");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("upgraded ROM");
        assertThat(new String(Files.readAllBytes(v2.resolve("boot.img")), 0, 20, StandardCharsets.US_ASCII))
                .startsWith("SBEMU:rom-v2:BOOTIMG");
        assertThat(Files.readAllBytes(v1.resolve("secro.img"))).isEqualTo(Files.readAllBytes(v2.resolve("secro.img")));
        assertThat(Files.readAllBytes(v1.resolve(SharedDir.scatter(MBR_SCATTER).getFileName())))
                .isEqualTo(Files.readAllBytes(SharedDir.scatter(MBR_SCATTER)));
        Run again = run("emulator", "make-rom", "--scatter", scatter, "-o", v1.toString());
        assertThat(again.code()).isEqualTo(ScatterbenchCli.EXIT_FAILURE);
        assertThat(again.err()).contains("not empty");
    }

    @Test
    void emulatorArgumentErrors() throws Exception {
        Path img = Files.write(dir.resolve("e.img"), new byte[1 << 20]);
        Run wide = run("emulator", "--image", img.toString(), "--listen", "0.0.0.0:5000");
        assertThat(wide.code()).isEqualTo(ScatterbenchCli.EXIT_USAGE);
        assertThat(wide.err()).contains("127.0.0.1 only");
        Run mode = run("emulator", "--image", img.toString(), "--mode", "fastboot");
        assertThat(mode.code()).isEqualTo(ScatterbenchCli.EXIT_USAGE);
        Run noImage = run("emulator", "--image", dir.resolve("missing.img").toString());
        assertThat(noImage.code()).isEqualTo(ScatterbenchCli.EXIT_FAILURE);
        assertThat(noImage.err()).contains("missing.img").contains("--scatter");
        Run both = run("emulator", "--image", img.toString(), "--pty", dir.resolve("tty").toString(), "--listen", "0");
        assertThat(both.code()).isEqualTo(ScatterbenchCli.EXIT_USAGE);
    }
}
