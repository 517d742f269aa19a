package org.scatterbench.cli.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scatterbench.flash.backup.BackupResult;
import org.scatterbench.flash.backup.BackupService;
import org.scatterbench.flash.backup.RestorePlan;
import org.scatterbench.flash.backup.RestoreService;
import org.scatterbench.flash.backup.RestoreSet;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Region;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;

/** The calibration backup a flash takes first: a dated folder with exactly the calibration partitions, restorable. */
class CalibrationBackupTest {

    @TempDir
    Path tmp;

    private static DeviceSession connect(VirtualPhoneRig rig, TransportRegistry reg) throws Exception {
        return DeviceSession.connect(reg.open(rig.port(), TransportOptions.defaults()),
                SessionOptions.of(DaFile.read(rig.daFile)), ChipRegistry.load(), new NullProgressMonitor());
    }

    @Test
    void calibrationBackupIntoADatedFolderRestoresTheCalibrationOnly() throws Exception {
        try (VirtualPhoneRig rig = VirtualPhoneRig.start(tmp.resolve("phone"));
                TransportRegistry reg = TransportRegistry.builtin()) {
            String before = rig.deviceHash();
            BackupResult r;
            try (DeviceSession s = connect(rig, reg)) {
                Layout device = s.readLayout(new NullProgressMonitor());
                RunRecorder rec = new RunRecorder("backup", DeviceIdentity.of(s));
                r = new BackupService().backupCalibration(s, device, tmp.resolve("backups"), rec,
                        new NullProgressMonitor());
                assertThat(rec.finish(RunStatus.SUCCEEDED, "").steps()).hasSize(2);
            }
            assertThat(r.folder().getParent()).isEqualTo(tmp.resolve("backups"));
            assertThat(r.folder().getFileName().toString()).matches("\\d{8}-\\d{6}_cid-[0-9A-F]+");
            assertThat(r.entries()).extracting(e -> e.name()).containsExactly("proinfo", "nvram");
            assertThat(Files.exists(r.folder().resolve("SHA256SUMS"))).isTrue();
            assertThat(rig.phone.journal().isEmpty()).isTrue();

            byte[] junk = new byte[4096];
            rig.storage.user().write(0x180000 + 8192, junk, 0, junk.length);
            rig.phone.journal().clear();
            RestoreSet set = RestoreSet.load(r.folder());
            try (DeviceSession s = connect(rig, reg)) {
                RestorePlan plan = RestorePlan.make(set, DeviceIdentity.of(s), s.storage(),
                        Optional.of(s.readLayout(new NullProgressMonitor())), false);
                RunRecorder rec = new RunRecorder("restore", DeviceIdentity.of(s));
                RestoreService.restore(s.da(), plan, true, rec, new NullProgressMonitor());
                assertThat(rec.finish(RunStatus.SUCCEEDED, "").verifiedPartitions()).containsExactly("proinfo", "nvram");
            }
            assertThat(rig.deviceHash()).isEqualTo(before);
            assertThat(rig.phone.journal().touches(new ByteRange(Region.EMMC_USER, 0x280000, 0x800000))).isFalse();
        }
    }
}
