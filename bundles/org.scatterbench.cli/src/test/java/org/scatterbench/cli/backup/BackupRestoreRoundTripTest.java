package org.scatterbench.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.emulator.storage.WriteJournal;
import org.scatterbench.flash.backup.BackupManifest;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Region;

/** backup, damage, restore against a virtual phone over TCP: the device comes back byte-identical. */
class BackupRestoreRoundTripTest {

    @TempDir
    Path tmp;

    @Test
    void backupThenRestoreGivesAByteIdenticalPhone() throws Exception {
        try (VirtualPhoneRig rig = VirtualPhoneRig.start(tmp.resolve("phone"))) {
            String before = rig.deviceHash();
            Path reports = tmp.resolve("reports");
            Path bk = tmp.resolve("bk");
            Shared.Run b = Shared.cli("backup", "--port", rig.port(), "--da", rig.daFile.toString(), "-o", bk.toString(),
                    "--reports", reports.toString());
            assertThat(b.exit()).as(b.err()).isZero();
            assertThat(b.out()).contains("boot1", "boot2", "pgpt", "sgpt", "nvram", "userdata");
            assertThat(rig.phone.journal().isEmpty()).as("a backup writes nothing").isTrue();
            assertThat(BackupManifest.read(bk).hashes()).containsKeys("boot1.bin", "boot2.bin", "pgpt.bin", "sgpt.bin",
                    "nvram.img", "system.img");
            assertThat(Files.readString(bk.resolve("MT6765_Android_scatter.txt"), StandardCharsets.UTF_8))
                    .contains("partition_name: nvram");

            byte[] junk = new byte[8192];
            Arrays.fill(junk, (byte) 0x5A);
            rig.storage.user().write(0x180000, junk, 0, junk.length);
            rig.storage.user().write(0x200, junk, 0, 512);
            rig.storage.area(Region.EMMC_BOOT1).write(4096, junk, 0, junk.length);
            rig.storage.user().write(0xA80000 + 0x1000, junk, 0, junk.length);
            assertThat(rig.deviceHash()).isNotEqualTo(before);

            rig.phone.journal().clear();
            Shared.Run r = Shared.cli("restore", "--yes", "--port", rig.port(), "--da", rig.daFile.toString(), "--from",
                    bk.toString(), "--reports", reports.toString());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("Plan:", "nvram", "verified");
            assertThat(rig.deviceHash()).isEqualTo(before);
            for (WriteJournal.Entry e : rig.phone.journal().entries()) {
                assertThat(e.range().region()).isIn(Region.EMMC_BOOT1, Region.EMMC_BOOT2, Region.EMMC_USER);
            }

            Shared.Run list = Shared.cli("reports", "list", "--reports", reports.toString());
            assertThat(list.exit()).isZero();
            assertThat(list.out().lines().filter(l -> l.contains("SUCCEEDED")).count()).isEqualTo(2);
            Shared.Run show = Shared.cli("reports", "show", "latest", "--reports", reports.toString());
            assertThat(show.out()).contains("restore report", "CID:", "ME id:", "verified:  boot1, boot2, pgpt");
        }
    }

    @Test
    void restoreRefusesATamperedBackupAndWritesNothing() throws Exception {
        try (VirtualPhoneRig rig = VirtualPhoneRig.start(tmp.resolve("phone"))) {
            Path bk = tmp.resolve("bk");
            Path reports = tmp.resolve("reports");
            assertThat(Shared.cli("backup", "--port", rig.port(), "--da", rig.daFile.toString(), "-o", bk.toString(),
                    "--reports", reports.toString()).exit()).isZero();
            byte[] nv = Files.readAllBytes(bk.resolve("nvram.img"));
            nv[100] ^= 1;
            Files.write(bk.resolve("nvram.img"), nv);
            Shared.Run r = Shared.cli("restore", "--yes", "--port", rig.port(), "--da", rig.daFile.toString(), "--from",
                    bk.toString(), "--reports", reports.toString());
            // a damaged backup is unreadable input (1), not a refused plan (3)
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("nvram.img", "SHA-256", "nothing was written").doesNotContain("Exception");
            assertThat(rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0, VirtualPhoneRig.USER_SIZE)))
                    .isFalse();
        }
    }

    @Test
    void backupRefusesANonEmptyFolder() throws Exception {
        try (VirtualPhoneRig rig = VirtualPhoneRig.start(tmp.resolve("phone"))) {
            Path bk = Files.createDirectories(tmp.resolve("bk"));
            Files.writeString(bk.resolve("keep.txt"), "mine");
            Shared.Run r = Shared.cli("backup", "--port", rig.port(), "--da", rig.daFile.toString(), "-o", bk.toString(),
                    "--reports", tmp.resolve("reports").toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("is not empty");
            assertThat(Files.readString(bk.resolve("keep.txt"))).isEqualTo("mine");
        }
    }
}
