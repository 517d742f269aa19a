package org.scatterbench.flash.backup;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.flash.protocol.StorageInfo;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.PlanRecord;
import org.scatterbench.flash.report.VerdictRecord;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.PartitionNames;
import org.scatterbench.model.Region;

/**
 * What a restore will write: one step per backed-up file, and nothing else (the fence holds exactly
 * these ranges). A backup with its partition table goes back where it came from; one without (the
 * calibration backup) goes where the phone's table has each partition now, of the same size. Made only for a phone whose storage has the sizes
 * the backup was taken with and, unless the user says otherwise, for the same phone.
 */
public record RestorePlan(RestoreSet set, List<PlanStep> steps, PlanRecord record, WriteFence fence) {

    /**
     * @param current           the phone's table now, for the verdicts of partitions the backup does not hold
     * @param allowOtherDevice  restore a backup taken from another phone (copies its IMEI and calibration)
     * @throws BackupException when the phone's storage differs or it is another phone
     */
    public static RestorePlan make(RestoreSet set, DeviceIdentity device, StorageInfo storage, Optional<Layout> current,
            boolean allowOtherDevice) throws BackupException {
        checkSameDevice(set, device, allowOtherDevice);
        Set<Region> regions = new HashSet<>();
        set.entries().forEach(e -> regions.add(e.range().region()));
        for (Region r : regions) {
            Long was = set.info().regionSizes().get(r.name());
            Optional<Long> now = storage.size(r);
            if (now.isEmpty()) {
                throw new BackupException("the backup holds " + r + " but the phone reports no such area");
            }
            if (was != null && !was.equals(now.get())) {
                throw new BackupException(String.format("the backup's %s is %d bytes but this phone's is %d; the"
                        + " partition table would not fit, so nothing is restored", r, was, now.get()));
            }
            for (var e : set.entries()) {
                if (e.range().region().equals(r) && e.range().end() > now.get()) {
                    throw new BackupException(String.format("%s (%s) ends at 0x%X, past the end of this phone's %s"
                            + " (0x%X)", e.name(), e.file(), e.range().end(), r, now.get()));
                }
            }
        }
        List<PlanStep> steps = new ArrayList<>();
        List<ByteRange> ranges = new ArrayList<>();
        List<VerdictRecord> verdicts = new ArrayList<>();
        Set<String> restored = new HashSet<>();
        boolean carriesTable = set.entries().stream().anyMatch(e -> TABLES.contains(PartitionNames.canonical(e.name())));
        for (BackupEntry e : set.entries()) {
            // a backup that brings its own table puts everything back where it was; one without it
            // (the calibration backup) must go where the phone's table has those partitions now
            ByteRange target = carriesTable ? e.range() : currentPlace(e, current, set);
            String moved = target.equals(e.range()) ? "" : String.format("; it was at 0x%X when backed up and is at 0x%X"
                    + " in the phone's table now", e.range().start(), target.start());
            steps.add(PlanStep.write(e.name(), target, set.folder().resolve(e.file()), "Restore " + e.name()
                    + " from " + e.file()));
            ranges.add(target);
            verdicts.add(new VerdictRecord(e.name(), "written", "restored from " + e.file() + " (sha256 "
                    + set.hashes().get(e.file()).substring(0, 16) + "...)" + moved));
            restored.add(e.name());
        }
        current.ifPresent(l -> {
            for (Partition p : l.partitions()) {
                if (!restored.contains(p.name())) {
                    verdicts.add(new VerdictRecord(p.name(), "kept", "not in the backup; left as it is"));
                }
            }
        });
        PlanRecord record = new PlanRecord("restore", false, List.of("restore " + set.entries().size()
                + " areas from " + set.folder()), verdicts);
        return new RestorePlan(set, steps, record, new WriteFence(ranges));
    }

    private static final Set<String> TABLES = Set.of("pgpt", "sgpt", "mbr", "ebr1", "ebr2");

    /**
     * Where a partition of a backup without a table belongs now: the phone's partition of that name,
     * which must be exactly the size of the backup. A firmware upgrade may have moved it, and
     * writing the bytes at the old offset would land inside whatever lives there now.
     */
    private static ByteRange currentPlace(BackupEntry e, Optional<Layout> current, RestoreSet set)
            throws BackupException {
        if (e.range().region() != Region.EMMC_USER) {
            return e.range(); // boot areas have no table entry and never move
        }
        if (current.isEmpty()) {
            throw new BackupException("the phone's partition table could not be read, so nothing shows where " + e.name()
                    + " from " + set.folder() + " belongs now; nothing was written");
        }
        Optional<Partition> now = current.get().find(e.name());
        if (now.isEmpty()) {
            throw new BackupException("the phone's table has no partition " + e.name() + " (backed up in " + set.folder()
                    + "); nothing was written");
        }
        ByteRange r = now.get().range();
        if (r.length() != e.range().length() || r.region() != e.range().region()) {
            throw new BackupException(String.format("%s is 0x%X bytes in the phone's table now but 0x%X in the backup %s;"
                    + " restoring it would not fit, so nothing was written", e.name(), r.length(), e.range().length(),
                    set.folder()));
        }
        return r;
    }

    private static void checkSameDevice(RestoreSet set, DeviceIdentity device, boolean allowOther)
            throws BackupException {
        DeviceIdentity was = set.info().device();
        boolean cidDiffers = !was.cid().isEmpty() && !device.cid().isEmpty() && !was.cid().equals(device.cid());
        boolean meDiffers = !was.meId().isEmpty() && !device.meId().isEmpty() && !was.meId().equals(device.meId());
        if ((cidDiffers || meDiffers) && !allowOther) {
            throw new BackupException("the backup in " + set.folder() + " was taken from another phone (CID "
                    + was.cid() + ", ME id " + was.meId() + "; this one has CID " + device.cid() + ", ME id "
                    + device.meId() + "). Restoring it would copy that phone's IMEI and calibration; nothing was"
                    + " written. Use --allow-other-device if that is really what you want.");
        }
    }

    /** For messages: region sizes as the backup recorded them. */
    public Map<String, Long> recordedSizes() {
        return set.info().regionSizes();
    }
}
