package org.scatterbench.image.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.image.Crafted;
import org.scatterbench.image.ImageFiles;
import org.scatterbench.image.sparse.RawToSparse;
import org.scatterbench.image.sparse.SparseImageWriter;

class ContentProbeTest {

    @TempDir
    Path dir;

    private ImageInfo describe(String name, byte[] content) throws Exception {
        return ImageFiles.describe(Files.write(dir.resolve(name), content));
    }

    @Test
    void ext4StatesItsSizeLabelAndUsedEstimate() throws Exception {
        byte[] img = new byte[16384];
        Images.ext4(img, 2, 2048, 1000, false, "system", "/");
        ImageInfo info = describe("system.img", img);
        assertThat(info.kind()).isEqualTo(ContentKind.EXT4);
        assertThat(info.filesystemSize()).isEqualTo(2048L * 4096);
        assertThat(info.usedEstimate()).isEqualTo(1048L * 4096);
        assertThat(info.label()).isEqualTo("system");
        assertThat(info.requiredSize()).isEqualTo(2048L * 4096);
        assertThat(info.description()).startsWith("raw image (16384 bytes")
                .contains("ext4 filesystem \"system\" of 8388608 bytes (8.00 MiB)")
                .contains("estimate").contains("last mounted on /");
    }

    @Test
    void ext4With64BitCountsUsesTheHighWords() throws Exception {
        byte[] img = new byte[4096];
        Images.ext4(img, 2, (3L << 32) + 5, 1L << 32, true, "userdata", "/data");
        ImageInfo info = describe("userdata.img", img);
        assertThat(info.filesystemSize()).isEqualTo(((3L << 32) + 5) * 4096);
        assertThat(info.usedEstimate()).isEqualTo(((2L << 32) + 5) * 4096);
    }

    @Test
    void realMke2fsImageIsRecognisedRawAndSparse() throws Exception {
        Path raw = dir.resolve("vendor.raw");
        Process p;
        try {
            p = new ProcessBuilder("mke2fs", "-q", "-F", "-t", "ext4", "-b", "4096", "-L", "vendor",
                    raw.toString(), "6M").redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mke2fs is not installed");
            return;
        }
        assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "mke2fs failed");
        ImageInfo rawInfo = ImageFiles.describe(raw);
        assertThat(rawInfo.kind()).isEqualTo(ContentKind.EXT4);
        assertThat(rawInfo.filesystemSize()).isEqualTo(6L << 20);
        assertThat(rawInfo.label()).isEqualTo("vendor");

        Path sparse = dir.resolve("vendor.img");
        RawToSparse.convert(raw, sparse, 4096, RawToSparse.ZeroBlocks.DONT_CARE, false);
        ImageInfo sparseInfo = ImageFiles.describe(sparse);
        assertThat(sparseInfo.sparse()).isTrue();
        assertThat(sparseInfo.kind()).isEqualTo(ContentKind.EXT4);
        assertThat(sparseInfo.filesystemSize()).isEqualTo(6L << 20);
        assertThat(sparseInfo.expandedSize()).isEqualTo(6L << 20);
        assertThat(sparseInfo.fileSize()).isLessThan(6L << 20);
        assertThat(sparseInfo.description()).startsWith("sparse image (6.00 MiB expanded")
                .contains("holding ext4 filesystem \"vendor\"");
    }

    /** The checkpoint sits 2 MiB in, past don't-care space: found through the sparse image. */
    @Test
    void f2fsInASparseImageReportsSizeAndNewestCheckpoint() throws Exception {
        byte[] first = new byte[4096 * 2];
        Images.f2fs(first, 1024, 5000, 512, "userdata");
        Path img = dir.resolve("userdata.img");
        try (SparseImageWriter w = SparseImageWriter.create(img, 4096, false)) {
            w.raw(first);
            w.dontCare(510);
            w.raw(Images.checkpoint(6, 4000, 200)); // block 512: pack 1
            w.dontCare(511);
            w.raw(Images.checkpoint(5, 4000, 100)); // block 1024: pack 2, older
            w.dontCare(5000 - 1025);
        }
        ImageInfo info = ImageFiles.describe(img);
        assertThat(info.kind()).isEqualTo(ContentKind.F2FS);
        assertThat(info.filesystemSize()).isEqualTo(5000L * 4096);
        assertThat(info.usedEstimate()).isEqualTo(200L * 4096);
        assertThat(info.label()).isEqualTo("userdata");
        assertThat(info.description()).contains("f2fs filesystem \"userdata\" of 20480000 bytes")
                .contains("newest checkpoint, estimate");
    }

    @Test
    void f2fsBackupSuperblockIsUsedWhenThePrimaryIsGone() throws Exception {
        byte[] img = new byte[4096 * 3];
        Images.f2fs(img, 5120, 100, 1000, "");
        ImageInfo info = describe("f2fs.img", img);
        assertThat(info.kind()).isEqualTo(ContentKind.F2FS);
        assertThat(info.filesystemSize()).isEqualTo(100L * 4096);
        assertThat(info.usedEstimate()).isNull(); // checkpoint beyond the image
        assertThat(info.description()).contains("read the backup");
    }

    @Test
    void erofsStatesBlocksTimesBlockSize() throws Exception {
        byte[] img = new byte[8192];
        Images.erofs(img, 12, 300);
        ImageInfo info = describe("product.img", img);
        assertThat(info.kind()).isEqualTo(ContentKind.EROFS);
        assertThat(info.filesystemSize()).isEqualTo(300L * 4096);
        assertThat(info.description()).contains("EROFS filesystem of 1228800 bytes");
    }

    @Test
    void vbmetaShowsItsFlags() throws Exception {
        ImageInfo info = describe("vbmeta.img", Images.vbmeta(3, 64, 128, 0, "avbtool 1.2.0"));
        assertThat(info.kind()).isEqualTo(ContentKind.VBMETA);
        assertThat(info.filesystemSize()).isNull();
        assertThat(info.description()).contains("AVB vbmeta image v1.2").contains("unsigned")
                .contains("flags 0x3 [HASHTREE_DISABLED, VERIFICATION_DISABLED]").contains("rollback index 7")
                .contains("448 bytes of vbmeta").contains("avbtool 1.2.0");
        ImageInfo signed = describe("vbmeta2.img", Images.vbmeta(0, 64, 64, 1, ""));
        assertThat(signed.description()).contains("signed (algorithm 1)").contains("flags 0x0")
                .doesNotContain("DISABLED");
    }

    @Test
    void bootImageWithAvbFooter() throws Exception {
        byte[] img = new byte[8192];
        Images.ascii(img, 0, "ANDROID!");
        Images.avbFooter(img, 4096, 4096, 1024);
        ImageInfo info = describe("boot.img", img);
        assertThat(info.kind()).isEqualTo(ContentKind.ANDROID_BOOT);
        assertThat(info.avbFooter()).isEqualTo(new AvbFooter(1, 0, 4096, 4096, 1024));
        assertThat(info.description()).contains("Android boot image").contains("AVB footer (original image 4096");
    }

    @Test
    void superImageGeometryAt4096WithChecksum() throws Exception {
        byte[] img = new byte[16384];
        Images.lpGeometry(img, 4096, 65536, 2, 4096, false);
        ImageInfo info = describe("super.img", img);
        assertThat(info.kind()).isEqualTo(ContentKind.LP_SUPER);
        assertThat(info.description()).contains("checksum OK").contains("2 metadata slots of 65536 bytes")
                .contains("logical block 4096");
        byte[] bad = new byte[16384];
        Images.lpGeometry(bad, 4096, 65536, 2, 4096, true);
        assertThat(describe("bad-super.img", bad).description()).contains("checksum BAD");
    }

    @Test
    void superEmptyHasGeometryAtZero() throws Exception {
        byte[] img = new byte[8192];
        Images.lpGeometry(img, 0, 65536, 1, 4096, false);
        ImageInfo info = describe("super_empty.img", img);
        assertThat(info.kind()).isEqualTo(ContentKind.LP_SUPER_EMPTY);
        assertThat(info.description()).contains("1 metadata slot of 65536 bytes");
    }

    @Test
    void superInsideASparseImageIsFoundAfterExpansion() throws Exception {
        byte[] head = new byte[8192];
        Images.lpGeometry(head, 4096, 65536, 3, 4096, false);
        Path img = dir.resolve("super.sparse.img");
        try (SparseImageWriter w = SparseImageWriter.create(img, 4096, false)) {
            w.dontCare(1);
            w.raw(java.util.Arrays.copyOfRange(head, 4096, 8192));
            w.dontCare(100);
        }
        ImageInfo info = ImageFiles.describe(img);
        assertThat(info.kind()).isEqualTo(ContentKind.LP_SUPER);
        assertThat(info.description()).startsWith("sparse image").contains("3 metadata slots");
    }

    @Test
    void mediatekBootHeaderGptMbrBlankUnknownAndEmpty() throws Exception {
        byte[] mtk = new byte[2048];
        Images.ascii(mtk, 0, "EMMC_BOOT");
        assertThat(describe("preloader.bin", mtk).kind()).isEqualTo(ContentKind.MTK_BOOT_HEADER);
        byte[] ufs = new byte[2048];
        Images.ascii(ufs, 0, "UFS_BOOT");
        assertThat(describe("preloader_ufs.bin", ufs).description()).contains("UFS_BOOT");
        byte[] gpt = new byte[4096];
        gpt[510] = 0x55;
        gpt[511] = (byte) 0xAA;
        Images.ascii(gpt, 512, "EFI PART");
        assertThat(describe("disk.img", gpt).kind()).isEqualTo(ContentKind.GPT_DISK);
        byte[] mbr = new byte[1024];
        mbr[510] = 0x55;
        mbr[511] = (byte) 0xAA;
        assertThat(describe("mbr.img", mbr).kind()).isEqualTo(ContentKind.MBR_DISK);
        assertThat(describe("zeros.img", new byte[100_000]).kind()).isEqualTo(ContentKind.BLANK);
        assertThat(describe("random.bin", Crafted.data(5000, 1)).kind()).isEqualTo(ContentKind.UNKNOWN);
        assertThat(describe("empty.bin", new byte[0]).kind()).isEqualTo(ContentKind.EMPTY);
    }

    @Test
    void truncatedHeadersDoNotThrow() throws Exception {
        byte[] img = new byte[1024 + 0x3A];
        Images.le(img).putShort(1024 + 0x38, (short) 0xEF53);
        assertThat(describe("short-ext4.img", img).kind()).isEqualTo(ContentKind.UNKNOWN);
        byte[] vb = new byte[100];
        Images.ascii(vb, 0, "AVB0");
        assertThat(describe("short-vbmeta.img", vb).description()).contains("header truncated");
    }

    /** A partition read back from a device has no file: probe works on any random-access bytes. */
    @Test
    void probeWorksOnBytesWithoutAFile() throws Exception {
        byte[] partition = new byte[64 * 1024];
        Images.ext4(partition, 0, 64, 10, false, "data", "/data");
        Images.avbFooter(partition, 1000, 2000, 300);
        ContentProbe.ByteSource bytes = (offset, dst) -> {
            if (offset >= partition.length) {
                return -1;
            }
            int n = (int) Math.min(dst.remaining(), partition.length - offset);
            dst.put(partition, (int) offset, n);
            return n;
        };
        ContentInfo info = ContentProbe.probe(bytes, partition.length);
        assertThat(info.kind()).isEqualTo(ContentKind.EXT4);
        assertThat(info.filesystemSize()).isEqualTo(64L * 1024);
        assertThat(info.usedEstimate()).isEqualTo(54L * 1024);
        assertThat(info.label()).isEqualTo("data");
        assertThat(info.avbFooter()).isEqualTo(new AvbFooter(1, 0, 1000, 2000, 300));
        assertThat(info.summary()).contains("AVB footer (original image 1000 bytes, vbmeta 300 bytes at 0x7D0)");
    }
}
