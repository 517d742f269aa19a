package org.scatterbench.flash.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.flash.protocol.StorageInfo;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.Sha256;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterFiles;

/**
 * A backup folder as BackupService writes it (scatter through the scatter reader, SHA256SUMS,
 * backup-info.json), and everything a restore checks before it writes a byte.
 */
class BackupFolderTest {

    @TempDir
    Path tmp;

    private static final DeviceIdentity PHONE = new DeviceIdentity("tcp://127.0.0.1:1 (tcp)", "tcp://127.0.0.1:1",
            "MT6765", "0x0766", "ME01", "SOC01", "CID01", "EMMC");

    private static final List<BackupEntry> ENTRIES = List.of(
            new BackupEntry("boot1", new ByteRange(Region.EMMC_BOOT1, 0, 8192), "boot1.bin"),
            new BackupEntry("pgpt", new ByteRange(Region.EMMC_USER, 0, 0x4400), "pgpt.bin"),
            new BackupEntry("nvram", new ByteRange(Region.EMMC_USER, 0x80000, 0x10000), "nvram.img"),
            new BackupEntry("sgpt", new ByteRange(Region.EMMC_USER, 0xFFBE00, 0x4200), "sgpt.bin"));

    private static final StorageInfo STORAGE = new StorageInfo(Storage.EMMC, 512,
            Map.of(Region.EMMC_BOOT1, 4L << 20, Region.EMMC_BOOT2, 4L << 20, Region.EMMC_USER, 16L << 20), "CID01");

    private Path folder() throws Exception {
        return folder(ENTRIES);
    }

    /** Writes a folder the way BackupService does, with random content. */
    private Path folder(List<BackupEntry> entries) throws Exception {
        Path f = Files.createDirectories(tmp.resolve("bk"));
        Map<String, String> hashes = new LinkedHashMap<>();
        Random rnd = new Random(3);
        Map<Long, byte[]> table = new LinkedHashMap<>();
        for (org.scatterbench.layout.table.TableWrite w : new org.scatterbench.layout.table.GptWriter()
                .write(tableNow(0x80000, 0x10000), 16L << 20)) {
            table.put(w.range().start(), w.bytes());
        }
        for (BackupEntry e : entries) {
            byte[] b = new byte[(int) e.range().length()];
            rnd.nextBytes(b);
            if (e.name().endsWith("gpt")) {
                b = table.get(e.range().start()); // the phone's real table, which agrees with the scatter
            }
            Files.write(f.resolve(e.file()), b);
            hashes.put(e.file(), Sha256.of(b));
        }
        String scatter = BackupScatter.fileName("MT6765");
        Files.writeString(f.resolve(scatter), BackupScatter.text("MT6765", Storage.EMMC, entries), StandardCharsets.UTF_8);
        Map<String, Long> sizes = new LinkedHashMap<>();
        STORAGE.regionSizes().forEach((r, n) -> sizes.put(r.name(), n));
        new BackupInfo(Instant.parse("2026-11-26T07:00:00Z"), PHONE, "MT6765", sizes, scatter).write(f);
        new BackupManifest(hashes).write(f);
        return f;
    }

    @Test
    void scatterReadsBackThroughTheScatterReaderWithEveryPlaceAndFile() throws Exception {
        Path f = folder();
        Layout l = ScatterFiles.read(f.resolve("MT6765_Android_scatter.txt")).layout();
        assertThat(BackupScatter.entries(l)).isEqualTo(ENTRIES);
        assertThat(l.platform()).isEqualTo("MT6765");
    }

    @Test
    void manifestIsSha256sumFormat() throws Exception {
        Path f = folder();
        List<String> lines = Files.readAllLines(f.resolve("SHA256SUMS"));
        assertThat(lines).hasSize(4).allMatch(l -> l.matches("[0-9a-f]{64}  \\S+"));
        assertThat(BackupManifest.read(f).hashes().get("nvram.img"))
                .isEqualTo(BackupManifest.hashFile(f.resolve("nvram.img")));
        Files.writeString(f.resolve("SHA256SUMS"), "oops\n");
        assertThatThrownBy(() -> BackupManifest.read(f)).isInstanceOf(BackupException.class)
                .hasMessageContaining("SHA256SUMS line 1");
    }

    @Test
    void loadChecksEveryFileAndMakesARestorePlanOfExactlyThoseRanges() throws Exception {
        RestoreSet set = RestoreSet.load(folder());
        RestorePlan plan = RestorePlan.make(set, PHONE, STORAGE, Optional.empty(), false);
        assertThat(plan.steps()).extracting(s -> s.action()).containsOnly(StepAction.WRITE);
        assertThat(plan.steps()).extracting(s -> s.range()).containsExactlyElementsOf(
                ENTRIES.stream().map(BackupEntry::range).toList());
        assertThat(plan.record().mode()).isEqualTo("restore");
        plan.fence().check(new ByteRange(Region.EMMC_USER, 0x80000, 0x10000), "nvram");
        assertThatThrownBy(() -> plan.fence().check(new ByteRange(Region.EMMC_USER, 0x90000, 512), "gap"))
                .hasMessageContaining("outside every range");
    }

    @Test
    void aCutFileAChangedFileAndAMissingManifestAreRefusedByName() throws Exception {
        Path f = folder();
        byte[] nv = Files.readAllBytes(f.resolve("nvram.img"));
        nv[7] ^= 0x10;
        Files.write(f.resolve("nvram.img"), nv);
        assertThatThrownBy(() -> RestoreSet.load(f)).hasMessageContaining("nvram.img").hasMessageContaining("SHA-256");
        Files.write(f.resolve("nvram.img"), java.util.Arrays.copyOf(nv, 100));
        assertThatThrownBy(() -> RestoreSet.load(f)).hasMessageContaining("nvram.img (partition nvram) is 100 bytes");
        Files.delete(f.resolve("SHA256SUMS"));
        assertThatThrownBy(() -> RestoreSet.load(f)).hasMessageContaining("SHA256SUMS");
    }

    @Test
    void aScatterEditedToPutAPartitionElsewhereIsRefusedBeforeAnyWrite() throws Exception {
        Path f = folder();
        String scatter = BackupScatter.fileName("MT6765");
        List<BackupEntry> moved = ENTRIES.stream().map(e -> e.name().equals("nvram")
                ? new BackupEntry("nvram", new ByteRange(Region.EMMC_USER, 0x90000, 0x10000), "nvram.img") : e).toList();
        // an older backup: SHA256SUMS covers the partition files only, so the own-table check must catch it
        Files.writeString(f.resolve(scatter), BackupScatter.text("MT6765", Storage.EMMC, moved), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RestoreSet.load(f)).hasMessageContaining("puts nvram at EMMC_USER[0x90000")
                .hasMessageContaining("own partition table (pgpt.bin) has it at EMMC_USER[0x80000")
                .hasMessageContaining("nothing is restored");

        // a current backup also hashes its scatter: any edit shows
        Files.writeString(f.resolve(scatter), BackupScatter.text("MT6765", Storage.EMMC, ENTRIES), StandardCharsets.UTF_8);
        Map<String, String> hashes = new LinkedHashMap<>(BackupManifest.read(f).hashes());
        hashes.put(scatter, BackupManifest.hashFile(f.resolve(scatter)));
        new BackupManifest(hashes).write(f);
        assertThat(RestoreSet.load(f).entries()).hasSize(ENTRIES.size());
        Files.writeString(f.resolve(scatter), Files.readString(f.resolve(scatter)) + "\n# edited\n");
        assertThatThrownBy(() -> RestoreSet.load(f)).hasMessageContaining(scatter)
                .hasMessageContaining("description of the backup was changed");
    }

    @Test
    void anotherPhoneOrAnotherStorageSizeIsRefused() throws Exception {
        RestoreSet set = RestoreSet.load(folder());
        DeviceIdentity other = new DeviceIdentity("x", "x", "MT6765", "0x0766", "ME02", "", "CID02", "EMMC");
        assertThatThrownBy(() -> RestorePlan.make(set, other, STORAGE, Optional.empty(), false))
                .hasMessageContaining("another phone").hasMessageContaining("--allow-other-device");
        assertThat(RestorePlan.make(set, other, STORAGE, Optional.empty(), true).steps()).hasSize(4);
        StorageInfo bigger = new StorageInfo(Storage.EMMC, 512, Map.of(Region.EMMC_BOOT1, 4L << 20, Region.EMMC_USER,
                32L << 20), "CID01");
        assertThatThrownBy(() -> RestorePlan.make(set, PHONE, bigger, Optional.empty(), false))
                .hasMessageContaining("EMMC_USER").hasMessageContaining("16777216");
    }

    /** The phone's table now: nvram of {@code size} bytes at {@code start}, userdata after it. */
    private static Layout tableNow(long start, long size) {
        List<Partition> parts = List.of(
                Partition.builder("nvram").region(Region.EMMC_USER).storage(Storage.EMMC).start(start).size(size).build(),
                Partition.builder("userdata").region(Region.EMMC_USER).storage(Storage.EMMC).start(start + size)
                        .size(0x400000).build());
        return new Layout("phone", "MT6765", Storage.EMMC, 0x20000, parts, Map.of());
    }

    @Test
    void aCalibrationBackupGoesWhereThePhonesTableHasThePartitionNowAndNeverAtAStaleOffset() throws Exception {
        // taken before a firmware upgrade that moved nvram from 0x80000 to 0x100000
        RestoreSet set = RestoreSet.load(folder(List.of(
                new BackupEntry("nvram", new ByteRange(Region.EMMC_USER, 0x80000, 0x10000), "nvram.img"))));

        RestorePlan moved = RestorePlan.make(set, PHONE, STORAGE, Optional.of(tableNow(0x100000, 0x10000)), false);

        assertThat(moved.steps()).singleElement().extracting(s -> s.range())
                .isEqualTo(new ByteRange(Region.EMMC_USER, 0x100000, 0x10000));
        assertThat(moved.record().verdicts()).anyMatch(v -> v.partition().equals("nvram")
                && v.reason().contains("was at 0x80000") && v.reason().contains("at 0x100000"));
        assertThatThrownBy(() -> moved.fence().check(new ByteRange(Region.EMMC_USER, 0x80000, 0x10000), "stale"))
                .hasMessageContaining("outside every range");
        assertThatThrownBy(() -> RestorePlan.make(set, PHONE, STORAGE, Optional.of(tableNow(0x100000, 0x20000)), false))
                .hasMessageContaining("nvram is 0x20000 bytes").hasMessageContaining("nothing was written");
        assertThatThrownBy(() -> RestorePlan.make(set, PHONE, STORAGE, Optional.empty(), false))
                .hasMessageContaining("could not be read").hasMessageContaining("nvram");
    }

    @Test
    void calibrationPartitionsOfARealScatterAndDatedFolders() throws Exception {
        Path scatter = shared().resolve("corpus/scatter/v1.x/MT6765_Dewil-King_k65v1.txt");
        Layout l = ScatterFiles.read(scatter).layout();
        List<String> cal = BackupService.calibrationPartitions(l);
        assertThat(cal).contains("nvram", "proinfo", "protect1", "protect2", "seccfg", "nvdata")
                .doesNotContain("userdata", "system", "boot");
        Path d = BackupService.datedFolder(tmp, Instant.parse("2026-11-26T07:05:09Z"), PHONE);
        assertThat(d.getFileName().toString()).isEqualTo("20261126-070509_cid-CID01");
        Files.createDirectories(d);
        assertThat(BackupService.datedFolder(tmp, Instant.parse("2026-11-26T07:05:09Z"), PHONE).getFileName()
                .toString()).isEqualTo("20261126-070509_cid-CID01-2");
    }

    @Test
    void phonesBackedUpInTheSameSecondNeverShareAFolder() throws Exception {
        Instant same = Instant.parse("2026-11-26T07:05:09Z");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Path>> claims = new java.util.ArrayList<>();
            for (int i = 0; i < 8; i++) {
                claims.add(pool.submit(() -> BackupService.datedFolder(tmp, same, PHONE)));
            }
            java.util.Set<Path> folders = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Path> f : claims) {
                Path p = f.get();
                assertThat(p).isEmptyDirectory();
                folders.add(p);
            }
            assertThat(folders).hasSize(8);
        } finally {
            pool.shutdown();
        }
    }

    private static Path shared() {
        String p = System.getProperty("scatterbench.shared");
        if (p != null) {
            return Paths.get(p);
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isDirectory(d.resolve("shared/corpus"))) {
                return d.resolve("shared");
            }
        }
        throw new IllegalStateException("no shared/corpus above " + Paths.get("").toAbsolutePath());
    }
}
