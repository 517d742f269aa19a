package org.scatterbench.flash.backup;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.ProgressTicker;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.Sha256;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.PartitionNames;
import org.scatterbench.model.Region;
import org.scatterbench.model.io.OnDisk;

/**
 * Reads a phone into a backup folder: boot1, boot2, the partition table (primary and backup) and
 * every partition, each as a file, plus a scatter that places them, a {@code SHA256SUMS} manifest
 * and {@code backup-info.json}. The manifest is written last: a folder without one is an
 * unfinished backup, and a restore refuses it.
 */
public final class BackupService {

    /**
     * Partitions that hold what a phone cannot get back from any ROM: IMEI and radio calibration,
     * production info, sensor calibration, lock state (FLASH-SEMANTICS.md sections 4 and 5).
     */
    public static final List<String> CALIBRATION = List.of("nvram", "nvdata", "nvcfg", "protect1", "protect2",
            "proinfo", "persist", "seccfg", "frp");

    private static final DateTimeFormatter DATED = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final int KIB = 1024;

    private final Clock clock;

    public BackupService(Clock clock) {
        this.clock = clock;
    }

    public BackupService() {
        this(Clock.systemUTC());
    }

    /** Full backup of the phone into {@code folder}, which must not exist or be empty. */
    public BackupResult backupAll(DeviceSession session, Path folder, RunRecorder recorder, IProgressMonitor monitor)
            throws FlashException, BackupException {
        SubMonitor sub = SubMonitor.convert(monitor, "Backing up the phone", 100);
        Layout device = session.readLayout(sub.split(2));
        List<BackupEntry> entries = new ArrayList<>();
        for (Region boot : List.of(Region.EMMC_BOOT1, Region.EMMC_BOOT2)) {
            session.storage().size(boot).filter(n -> n > 0).ifPresent(n -> entries.add(new BackupEntry(
                    boot.name().toLowerCase(Locale.ROOT).replace("emmc_", ""), new ByteRange(boot, 0, n),
                    boot.name().toLowerCase(Locale.ROOT).replace("emmc_", "") + ".bin")));
        }
        for (Partition p : device.sortedByStart()) {
            entries.add(entry(p, entries));
        }
        return write(session, device, entries, folder, recorder, sub.split(98));
    }

    /**
     * Backs up the named partitions of {@code device} (those it has) into a new dated folder under
     * {@code base}: {@code base/<UTC time>_<device>}. For the calibration backup before a flash.
     */
    public BackupResult backupPartitions(DeviceSession session, Layout device, List<String> names, Path base,
            RunRecorder recorder, IProgressMonitor monitor) throws FlashException, BackupException {
        List<BackupEntry> entries = new ArrayList<>();
        for (String n : names) {
            var p = device.find(n);
            if (p.isPresent()) {
                entries.add(entry(p.get(), entries));
            }
        }
        if (entries.isEmpty()) {
            throw new BackupException("the phone's table (" + device.source() + ") has none of " + String.join(", ",
                    names) + "; nothing to back up");
        }
        Path folder;
        try {
            folder = datedFolder(base, clock.instant(), DeviceIdentity.of(session));
        } catch (IOException e) {
            throw new BackupException("cannot create a backup folder under " + base + ": " + e.getMessage(), e);
        }
        return write(session, device, entries, folder, recorder, monitor);
    }

    /**
     * The calibration backup a flash takes first (offered for keep-data, required for
     * firmware-upgrade): every {@link #CALIBRATION} partition the phone has, into a new dated
     * folder under {@code base}, restorable with {@link RestoreSet#load} and {@code restore}.
     */
    public BackupResult backupCalibration(DeviceSession session, Layout device, Path base, RunRecorder recorder,
            IProgressMonitor monitor) throws FlashException, BackupException {
        return backupPartitions(session, device, calibrationPartitions(device), base, recorder, monitor);
    }

    /** Names the folder calibration backups go to by default, as SCATTERBENCH_REPORTS does for reports. */
    public static final String ENV = "SCATTERBENCH_BACKUPS";

    /**
     * Where calibration backups go unless the user names a folder: {@code $SCATTERBENCH_BACKUPS}, else
     * {@code ~/.scatterbench/backups}.
     */
    public static Path defaultBase() {
        String env = System.getenv(ENV);
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".scatterbench", "backups");
    }

    /** The calibration partitions present in {@code device}, in table order. */
    public static List<String> calibrationPartitions(Layout device) {
        Set<String> wanted = new HashSet<>();
        CALIBRATION.forEach(n -> wanted.add(PartitionNames.canonical(n)));
        List<String> l = new ArrayList<>();
        for (Partition p : device.partitions()) {
            if (wanted.contains(p.canonicalName())) {
                l.add(p.name());
            }
        }
        return l;
    }

    /**
     * Creates and returns a new, empty {@code base/20261126-071500_<CID or port>} (sorts by time, names
     * the phone), with {@code -2}, {@code -3}... when that is taken. Each candidate is created
     * atomically, so phones backed up in the same second (virtual phones share a CID) never share a
     * folder.
     */
    public static Path datedFolder(Path base, Instant time, DeviceIdentity device) throws IOException {
        String who = !device.cid().isEmpty() ? "cid-" + device.cid() : device.port();
        String stem = DATED.format(time) + "_" + who.replaceAll("[^A-Za-z0-9.-]+", "-");
        Files.createDirectories(base);
        for (int n = 1;; n++) {
            try {
                return Files.createDirectory(base.resolve(n == 1 ? stem : stem + "-" + n));
            } catch (FileAlreadyExistsException e) {
                // taken by an earlier backup or by another phone right now: try the next name
            }
        }
    }

    private static BackupEntry entry(Partition p, List<BackupEntry> taken) {
        String base = p.name().replaceAll("[^A-Za-z0-9._-]+", "_");
        base = base.startsWith(".") ? "_" + base : base;
        String ext = p.canonicalName().equals("pgpt") || p.canonicalName().equals("sgpt") ? ".bin" : ".img";
        String file = base + ext;
        Set<String> used = new HashSet<>();
        taken.forEach(e -> used.add(e.file()));
        for (int n = 2; used.contains(file); n++) {
            file = base + "-" + n + ext;
        }
        return new BackupEntry(p.name(), p.range(), file);
    }

    private BackupResult write(DeviceSession session, Layout device, List<BackupEntry> entries, Path folder,
            RunRecorder recorder, IProgressMonitor monitor) throws FlashException, BackupException {
        prepare(folder);
        long total = 0;
        for (BackupEntry e : entries) {
            total = Math.addExact(total, e.range().length());
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Backing up " + entries.size() + " areas",
                (int) Math.min(Integer.MAX_VALUE, total / KIB + entries.size()));
        Map<String, String> hashes = new LinkedHashMap<>();
        for (BackupEntry e : entries) {
            if (sub.isCanceled()) {
                throw new OperationCanceledException();
            }
            sub.subTask("Reading " + e.name());
            RunRecorder.Step step = recorder.begin("backup", e.name(), e.range(), "Read " + e.name() + " into "
                    + e.file());
            try {
                String sha = readInto(session, e, folder.resolve(e.file()),
                        sub.split((int) Math.min(Integer.MAX_VALUE, e.range().length() / KIB + 1)));
                hashes.put(e.file(), sha);
                step.bytes(e.range().length()).read(sha).done();
            } catch (FlashException | BackupException | RuntimeException x) {
                step.failed(x.getMessage());
                throw x;
            }
        }
        try {
            String platform = session.chip().primaryName();
            String scatter = BackupScatter.fileName(platform);
            Files.writeString(folder.resolve(scatter), BackupScatter.text(platform, session.storage().storage(),
                    entries), StandardCharsets.UTF_8);
            Map<String, Long> sizes = new LinkedHashMap<>();
            session.storage().regionSizes().forEach((r, n) -> sizes.put(r.name(), n));
            new BackupInfo(clock.instant(), DeviceIdentity.of(session), platform, sizes, scatter).write(folder);
            // the description is hashed too: a restore writes where the scatter says
            Map<String, String> all = new LinkedHashMap<>(hashes);
            all.put(scatter, BackupManifest.hashFile(folder.resolve(scatter)));
            all.put(BackupInfo.FILE, BackupManifest.hashFile(folder.resolve(BackupInfo.FILE)));
            new BackupManifest(all).write(folder);
        } catch (IOException x) {
            throw new BackupException("cannot write the backup description into " + folder + ": " + x.getMessage(), x);
        }
        recorder.note("backup folder: " + folder.toAbsolutePath());
        return new BackupResult(folder, entries, hashes);
    }

    private static void prepare(Path folder) throws BackupException {
        try {
            if (Files.exists(folder)) {
                if (!Files.isDirectory(folder)) {
                    throw new BackupException(folder + " is a file, not a folder for a backup");
                }
                try (Stream<Path> s = Files.list(folder)) {
                    if (s.findAny().isPresent()) {
                        throw new BackupException(folder + " is not empty; a backup goes into a new or empty folder"
                                + " so it never mixes with other files");
                    }
                }
            }
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BackupException("cannot create the backup folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String readInto(DeviceSession session, BackupEntry e, Path file, SubMonitor m)
            throws FlashException, BackupException {
        MessageDigest md = Sha256.digest();
        m.beginTask("Reading " + e.name(), (int) Math.min(Integer.MAX_VALUE, e.range().length() / KIB + 1));
        try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 20),
                md)) {
            session.da().read(e.range(), out, new ProgressTicker(m, KIB)::done);
        } catch (IOException x) {
            throw new BackupException("cannot write " + file + ": " + x.getMessage(), x);
        }
        try {
            long n = Files.size(file);
            if (n != e.range().length()) {
                throw new BackupException(String.format("the phone sent %d bytes for %s, expected %d; %s is incomplete",
                        n, e.name(), e.range().length(), file));
            }
            OnDisk.force(file);
        } catch (IOException x) {
            throw new BackupException("cannot check " + file + ": " + x.getMessage(), x);
        }
        return Sha256.hex(md.digest());
    }
}
