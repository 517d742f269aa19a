package org.scatterbench.flash.op;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.flash.backup.BackupEntry;
import org.scatterbench.flash.backup.BackupInfo;
import org.scatterbench.flash.backup.BackupManifest;
import org.scatterbench.flash.backup.BackupScatter;
import org.scatterbench.flash.backup.RestorePlan;
import org.scatterbench.flash.backup.RestoreService;
import org.scatterbench.flash.backup.RestoreSet;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.flash.report.Sha256;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/** A restore writes each backed-up file byte for byte, whatever its first bytes look like. */
class RestoreByteForByteTest {

    private static final DeviceIdentity PHONE = new DeviceIdentity("memory", "memory", "MT6765", "0x0766", "ME01", "",
            "CID0", "EMMC");

    @TempDir
    Path tmp;

    @Test
    void aPartitionDumpThatBeginsWithTheSparseMagicIsWrittenAsItIsNotExpanded() throws Exception {
        ByteRange persist = new ByteRange(Region.EMMC_USER, 0x100000, 0x10000);
        byte[] dump = new byte[(int) persist.length()];
        new Random(5).nextBytes(dump);
        // the Android sparse header: magic 0xED26FF3A, v1.0, 28-byte header, 12-byte chunk headers, 4 KiB blocks
        byte[] header = { 0x3A, (byte) 0xFF, 0x26, (byte) 0xED, 1, 0, 0, 0, 28, 0, 12, 0, 0, 0x10, 0, 0 };
        System.arraycopy(header, 0, dump, 0, header.length);
        Path folder = Files.createDirectories(tmp.resolve("backup"));
        Files.write(folder.resolve("persist.img"), dump);
        List<BackupEntry> entries = List.of(new BackupEntry("persist", persist, "persist.img"));
        String scatter = BackupScatter.fileName("MT6765");
        Files.writeString(folder.resolve(scatter), BackupScatter.text("MT6765", Storage.EMMC, entries),
                StandardCharsets.UTF_8);
        new BackupInfo(Instant.parse("2026-11-26T07:00:00Z"), PHONE, "MT6765", Map.of("EMMC_USER", 16L << 20), scatter)
                .write(folder);
        new BackupManifest(Map.of("persist.img", Sha256.of(dump))).write(folder);

        MemoryDa da = new MemoryDa(16 << 20);
        Layout table = Layout.of("phone", Storage.EMMC, List.of(Partition.builder("persist").region(Region.EMMC_USER)
                .storage(Storage.EMMC).start(persist.start()).size(persist.length()).build()));
        RestorePlan plan = RestorePlan.make(RestoreSet.load(folder), PHONE, da.storage(), Optional.of(table), false);
        RunRecorder rec = new RunRecorder("restore", PHONE);

        RestoreService.restore(da, plan, true, rec, new NullProgressMonitor());

        assertThat(Arrays.copyOfRange(da.user, (int) persist.start(), (int) persist.end())).isEqualTo(dump);
        assertThat(rec.finish(RunStatus.SUCCEEDED, "").verifiedPartitions()).containsExactly("persist");
    }
}
