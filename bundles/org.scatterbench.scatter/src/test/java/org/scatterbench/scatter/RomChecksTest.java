package org.scatterbench.scatter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Severity;

/** The checks against a ROM folder: presence, containment, size (sparse expanded) and Checksum.ini. */
class RomChecksTest {

    @TempDir
    Path rom;

    /** A sparse image of {@code blocks} 4 KiB blocks made of one DONT_CARE chunk (28 + 12 bytes on disk). */
    static byte[] sparse(int blocks) {
        ByteBuffer b = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xED26FF3A).putShort((short) 1).putShort((short) 0).putShort((short) 28).putShort((short) 12);
        b.putInt(4096).putInt(blocks).putInt(1).putInt(0);
        b.putShort((short) 0xCAC3).putShort((short) 0).putInt(blocks).putInt(12);
        return b.array();
    }

    private List<Diagnostic> validate(V1Text t) throws Exception {
        return new ScatterValidator(rom).validate(t.doc());
    }

    private static List<Diagnostic> codes(List<Diagnostic> all, String code) {
        return all.stream().filter(d -> d.code().equals(code)).toList();
    }

    @Test
    void missingTooLargeAndFitting() throws Exception {
        Files.write(rom.resolve("boot.img"), new byte[0x2000]);
        Files.write(rom.resolve("userdata.img"), new byte[0x1000]);
        V1Text t = V1Text.create().part("pgpt", 0, 0x8000, "  file_name: NONE\n  is_download: false\n")
                .part("boot", 0x8000, 0x1000, "").part("system", 0x9000, 0x1000, "")
                .part("userdata", 0xA000, 0x1000, "");
        List<Diagnostic> all = validate(t);
        Diagnostic big = codes(all, "SCATTER_IMAGE_TOO_LARGE").get(0);
        assertThat(big.partition()).isEqualTo("boot");
        assertThat(big.message()).contains("0x2000").contains("0x1000");
        assertThat(codes(all, "SCATTER_IMAGE_MISSING")).extracting(Diagnostic::partition).containsExactly("system");
        assertThat(all).noneMatch(d -> "userdata".equals(d.partition()) || "pgpt".equals(d.partition()));
        assertThat(all).allMatch(d -> d.severity() == Severity.ERROR && d.line() > 0);
    }

    @Test
    void sparseImagesCountByExpandedSize() throws Exception {
        Files.write(rom.resolve("small.img"), sparse(2)); // 8 KiB expanded, 40 bytes on disk
        Files.write(rom.resolve("big.img"), sparse(1024)); // 4 MiB expanded
        Files.write(rom.resolve("broken.img"), new byte[] { 0x3A, (byte) 0xFF, 0x26, (byte) 0xED, 9, 9 });
        V1Text t = V1Text.create().part("small", 0, 0x2000, "").part("big", 0x2000, 0x1000, "")
                .part("broken", 0x3000, 0x1000, "");
        List<Diagnostic> all = validate(t);
        assertThat(codes(all, "SCATTER_IMAGE_TOO_LARGE")).extracting(Diagnostic::partition).containsExactly("big");
        assertThat(codes(all, "SCATTER_IMAGE_TOO_LARGE").get(0).message()).contains("0x400000").contains("expanded");
        assertThat(codes(all, "SCATTER_IMAGE_UNREADABLE")).extracting(Diagnostic::partition).containsExactly("broken");
    }

    @Test
    void boundaryCheckFalseSkipsTheSizeCheck() throws Exception {
        Files.write(rom.resolve("logo.img"), new byte[0x3000]);
        assertThat(validate(V1Text.create().part("logo", 0, 0x1000, "  boundary_check: false\n"))).isEmpty();
    }

    @Test
    void fileNamesMayNotEscapeTheRom() throws Exception {
        Files.write(rom.getParent().resolve("outside.img"), new byte[1]);
        V1Text t = V1Text.create().part("a", 0, 0x1000, "  file_name: ../outside.img\n")
                .part("b", 0x1000, 0x1000, "  file_name: /etc/passwd\n")
                .part("c", 0x2000, 0x1000, "  file_name: ..\\\\outside.img\n")
                .part("d", 0x3000, 0x1000, "  file_name: C:\\\\boot.img\n")
                .part("e", 0x4000, 0x1000, "  file_name: sub/../e.img\n");
        Files.write(rom.resolve("e.img"), new byte[1]);
        List<Diagnostic> all = validate(t);
        assertThat(codes(all, "SCATTER_FILE_ESCAPES_ROM")).extracting(Diagnostic::partition)
                .containsExactly("a", "b", "c", "d");
        assertThat(all).noneMatch(d -> "e".equals(d.partition()));
    }

    @Test
    void checksumIni() throws Exception {
        byte[] boot = "boot image bytes".getBytes(StandardCharsets.US_ASCII);
        byte[] lk = "lk".getBytes(StandardCharsets.US_ASCII);
        byte[] recovery = "recovery".getBytes(StandardCharsets.US_ASCII);
        Files.write(rom.resolve("boot.img"), boot);
        Files.write(rom.resolve("lk.img"), lk);
        Files.write(rom.resolve("recovery.img"), recovery);
        int sum = 0;
        for (byte x : boot) {
            sum += x & 0xFF;
        }
        String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(lk));
        Files.writeString(rom.resolve("Checksum.ini"), "[VERSION]\r\nV1\r\n[CheckSum]\r\nDL_CHECKSUM=0x1234\r\n"
                + "boot=0x" + Integer.toHexString(sum & 0xFFFF).toUpperCase() + "\r\nlk=" + md5 + "\r\n"
                + "recovery.img=0xBEEF\r\n");
        V1Text t = V1Text.create().part("boot", 0, 0x1000, "").part("lk", 0x1000, 0x1000, "")
                .part("recovery", 0x2000, 0x1000, "");
        assertThat(codes(validate(t), "SCATTER_CHECKSUM_MISMATCH")).singleElement()
                .satisfies(d -> {
                    assertThat(d.partition()).isEqualTo("recovery");
                    assertThat(d.severity()).isEqualTo(Severity.WARNING); // the byte-sum reading is unconfirmed
                    assertThat(d.message()).contains("beef").contains("line 7");
                });
        Files.write(rom.resolve("lk.img"), "LK".getBytes(StandardCharsets.US_ASCII));
        assertThat(codes(validate(t), "SCATTER_CHECKSUM_MISMATCH")).filteredOn(d -> d.partition().equals("lk"))
                .singleElement().satisfies(d -> assertThat(d.severity()).isEqualTo(Severity.ERROR));
    }
}
