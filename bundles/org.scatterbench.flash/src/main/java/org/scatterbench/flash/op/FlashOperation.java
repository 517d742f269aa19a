package org.scatterbench.flash.op;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.BrickGuard;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.LayoutComparison;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.image.ImageSource;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.PartitionNames;
import org.scatterbench.model.io.OnDisk;

/**
 * Runs an approved {@link FlashPlan} on a connected phone. Before the first write: the plan must
 * not be refused, the ROM must pass the brick guard, the phone's table (read again now) must
 * equal the layout the plan assumed, every image must open and fit. Then the steps run in order;
 * every device write passes the {@link WriteFence}; cancellation is honoured between commands; a
 * failure ends the run (writes are never retried) and the report says how far it got.
 */
public final class FlashOperation {

    private final DeviceSession session;
    private final FlashRequest request;
    private final List<String> log = new ArrayList<>();
    private final List<String> completed = new ArrayList<>();
    private final Map<String, Path> backups = new HashMap<>();
    private final Map<String, byte[]> hashesBefore = new HashMap<>();
    private final Map<String, ImageSource> images = new HashMap<>();

    public FlashOperation(DeviceSession session, FlashRequest request) {
        this.session = session;
        this.request = request;
    }

    public FlashReport run(IProgressMonitor monitor) {
        FlashPlan plan = request.plan();
        List<String> names = stepNames(plan);
        if (plan.refused()) {
            return refused(String.join("; ", plan.reasons()), names);
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Flashing " + session.chip().primaryName(), 100);
        try {
            List<String> refusals = preflight(sub.split(5));
            if (!refusals.isEmpty()) {
                return refused(String.join("; ", refusals), names);
            }
        } catch (FlashException e) {
            return refused(e.getMessage(), names);
        }
        WriteFence fence = new WriteFence(plan.touchedRanges());
        SubMonitor steps = sub.split(95).setWorkRemaining(totalKib(plan));
        DeviceIo io = new DeviceIo(session.da(), fence, steps);
        try {
            hashBeforeWriting(io);
            for (int i = 0; i < plan.steps().size(); i++) {
                PlanStep s = plan.steps().get(i);
                String name = names.get(i);
                steps.subTask(name);
                long t0 = System.nanoTime();
                long b0 = io.bytesMoved();
                try {
                    runStep(s, io);
                } catch (FlashException e) {
                    throw new StepFailure(name, io.offsetReached(), e);
                }
                completed.add(name);
                log.add(name + ": done" + speed(io.bytesMoved() - b0, System.nanoTime() - t0));
            }
            return new FlashReport(FlashReport.Outcome.DONE, "", completed, List.of(), log);
        } catch (Cancelled c) {
            String rescue = restoreAfterStop(fence);
            return new FlashReport(FlashReport.Outcome.CANCELLED, FlashReport.CANCELLED_BY_USER + rescue, completed,
                    names.subList(completed.size(), names.size()), log);
        } catch (StepFailure f) {
            String rescue = restoreAfterStop(fence);
            return new FlashReport(FlashReport.Outcome.FAILED, f.getMessage() + rescue, completed,
                    names.subList(completed.size(), names.size()), log);
        }
    }

    /**
     * A run that stops between a partition's backup and its restore would leave the phone without
     * that partition (nvram: the IMEI) once the new table is in force, with the only copy on the PC.
     * So the pending restores run now, uncancellable, each read back against its backup; what cannot
     * be restored is named with its backup file. Nothing is restored while the old table may still
     * be in force: there the partition still lies at its old place, untouched.
     */
    private String restoreAfterStop(WriteFence fence) {
        List<PlanStep> steps = request.plan().steps();
        List<PlanStep> done = steps.subList(0, completed.size());
        if (!newTableInForce(steps, done)) {
            return "";
        }
        DeviceIo io = new DeviceIo(session.da(), fence, new NullProgressMonitor());
        StringBuilder said = new StringBuilder();
        for (PlanStep s : steps.subList(completed.size(), steps.size())) {
            Path file = backups.get(PartitionNames.canonical(s.partition()));
            if (s.action() != StepAction.RESTORE || file == null) {
                continue;
            }
            try {
                restore(s, io);
                Verifier.againstFile(file, s.range(), s.partition(), io);
                log.add(s.partition() + " restored from " + file + " after the stop, and read back");
                said.append("; ").append(s.partition()).append(" was restored from its backup and read back");
            } catch (FlashException | Cancelled e) {
                log.add("restore of " + s.partition() + " after the stop failed: " + e.getMessage());
                said.append("; RESTORE OF ").append(s.partition()).append(" FAILED (").append(e.getMessage())
                        .append("): its only copy is ").append(file).append(", to be written back to ")
                        .append(s.range());
            }
        }
        return said.toString();
    }

    /** Whether the phone now has the plan's table: no table step, or every table step and its verify done. */
    private static boolean newTableInForce(List<PlanStep> steps, List<PlanStep> done) {
        for (PlanStep s : steps) {
            boolean tableStep = s.action() == StepAction.WRITE_TABLE || s.action() == StepAction.VERIFY
                    && steps.stream().anyMatch(t -> t.action() == StepAction.WRITE_TABLE
                            && PartitionNames.canonical(t.partition()).equals(PartitionNames.canonical(s.partition())));
            if (tableStep && !done.contains(s)) {
                return false;
            }
        }
        return done.stream().anyMatch(s -> s.action().modifiesDevice());
    }

    private FlashReport refused(String why, List<String> names) {
        return new FlashReport(FlashReport.Outcome.REFUSED, why, List.of(), names, log);
    }

    /** Everything that can be checked without writing; returns reasons to refuse. */
    private List<String> preflight(IProgressMonitor monitor) throws FlashException {
        FlashPlan plan = request.plan();
        List<String> refusals = new ArrayList<>(BrickGuard.check(request.rom(), session.chip(), session.storage().storage(),
                preloaderImage(plan)));
        Layout device = session.readLayout(monitor);
        for (String d : LayoutComparison.differences(request.assumed(), device)) {
            refusals.add("the phone's partition table differs from " + request.assumed().source() + ": " + d);
        }
        for (PlanStep s : plan.steps()) {
            Optional<Long> regionSize = session.storage().size(s.range().region());
            for (ByteRange r : s.action() == StepAction.WRITE_TABLE ? s.modifiedRanges() : List.of(s.range())) {
                if (regionSize.isPresent() && r.end() > regionSize.get()) {
                    refusals.add(s.partition() + ": " + r + " is beyond the end of " + r.region() + " (0x"
                            + Long.toHexString(regionSize.get()) + " bytes)");
                }
            }
            if (s.action() == StepAction.WRITE) {
                checkImage(s, refusals);
            }
        }
        return refusals;
    }

    private void checkImage(PlanStep s, List<String> refusals) {
        if (s.image().isEmpty()) {
            refusals.add("the plan writes " + s.partition() + " but names no image file");
            return;
        }
        try {
            ImageSource img = ImageSource.open(s.image().get());
            if (img.expandedSize() > s.range().length()) {
                refusals.add(String.format("%s: the image %s is 0x%X bytes but the partition holds 0x%X",
                        s.partition(), s.image().get(), img.expandedSize(), s.range().length()));
            }
            images.put(s.image().get().toString(), img);
        } catch (IOException e) {
            refusals.add(s.partition() + ": cannot open the image " + s.image().get() + ": " + e.getMessage());
        }
    }

    private static Optional<Path> preloaderImage(FlashPlan plan) {
        return plan.steps().stream()
                .filter(s -> s.action() == StepAction.WRITE && PartitionNames.canonical(s.partition()).equals("preloader"))
                .findFirst().flatMap(PlanStep::image);
    }

    /** Verifies of partitions that are neither written nor backed up compare against a hash taken now. */
    private void hashBeforeWriting(DeviceIo io) throws StepFailure, Cancelled {
        for (PlanStep s : request.plan().steps()) {
            if (s.action() == StepAction.VERIFY && writeStepFor(s).isEmpty() && tableStepFor(s).isEmpty()
                    && !hasBackupStep(s)) {
                try {
                    hashesBefore.put(key(s), Verifier.sha256(s.range(), io));
                } catch (FlashException e) {
                    throw new StepFailure("reading " + s.partition() + " before writing", io.offsetReached(), e);
                }
            }
        }
    }

    private void runStep(PlanStep s, DeviceIo io) throws FlashException, Cancelled {
        switch (s.action()) {
            case BACKUP -> backup(s, io);
            case WRITE -> ImageWriter.write(images.get(s.image().get().toString()), s.range(), s.partition(), io);
            case WRITE_TABLE -> {
                for (TableWrite w : s.tableWrites()) {
                    byte[] b = w.bytes();
                    io.write(w.range(), b, b.length, "partition table " + s.partition());
                }
            }
            case FORMAT -> io.format(s.range(), "format of " + s.partition());
            case RESTORE -> restore(s, io);
            case VERIFY -> verify(s, io);
        }
    }

    /**
     * Never over an existing file: a backup left by a run that stopped between its write and its
     * restore may be the only good copy of that partition, and reading the phone again now would
     * replace it with what the interrupted run left behind.
     */
    private void backup(PlanStep s, DeviceIo io) throws FlashException, Cancelled {
        Path file = request.backupDir().resolve(PartitionNames.canonical(s.partition()) + ".bin");
        try {
            Files.createDirectories(request.backupDir());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                io.read(s.range(), out);
            }
            OnDisk.force(file);
        } catch (FileAlreadyExistsException e) {
            throw new FlashException("refusing to overwrite the backup " + file + ": it may be the only copy of "
                    + s.partition() + " from an earlier run; move it away or choose another folder for this run", e);
        } catch (IOException e) {
            throw new FlashException("cannot store the backup of " + s.partition() + " in " + file + ": "
                    + e.getMessage(), e);
        }
        backups.put(PartitionNames.canonical(s.partition()), file);
        log.add("backup of " + s.partition() + " saved to " + file);
    }

    private void restore(PlanStep s, DeviceIo io) throws FlashException, Cancelled {
        Path file = backups.get(PartitionNames.canonical(s.partition()));
        if (file == null) {
            throw new FlashException("the plan restores " + s.partition() + " but took no backup of it");
        }
        try {
            long size = Files.size(file);
            if (size != s.range().length()) {
                throw new FlashException(String.format("the backup of %s is 0x%X bytes, the partition is now 0x%X;"
                        + " refusing to restore into a different size", s.partition(), size, s.range().length()));
            }
            byte[] buf = new byte[DeviceIo.COMMAND_BYTES];
            try (var in = Files.newInputStream(file)) {
                long at = 0;
                int n;
                while ((n = in.readNBytes(buf, 0, buf.length)) > 0) {
                    io.write(new ByteRange(s.range().region(), s.range().start() + at, n), buf, n,
                            "restore of " + s.partition());
                    at += n;
                }
            }
        } catch (IOException e) {
            throw new FlashException("cannot read the backup " + file + ": " + e.getMessage(), e);
        }
    }

    private void verify(PlanStep s, DeviceIo io) throws FlashException, Cancelled {
        Optional<PlanStep> w = writeStepFor(s);
        if (w.isPresent()) {
            Verifier.againstImage(images.get(w.get().image().get().toString()), w.get().range(), s.partition(), io);
            return;
        }
        Optional<PlanStep> table = tableStepFor(s);
        if (table.isPresent()) {
            // the new table, primary and backup copy, exactly as the plan wrote it
            for (TableWrite t : table.get().tableWrites()) {
                Verifier.againstBytes(t.bytes(), t.range(), s.partition(), io);
            }
            return;
        }
        Path backup = backups.get(PartitionNames.canonical(s.partition()));
        if (backup != null) {
            Verifier.againstFile(backup, s.range(), s.partition(), io);
            return;
        }
        byte[] before = hashesBefore.get(key(s));
        if (before != null && !java.util.Arrays.equals(before, Verifier.sha256(s.range(), io))) {
            throw new FlashException("verify of " + s.partition() + " failed: its content changed although the plan"
                    + " keeps it");
        }
    }

    private Optional<PlanStep> writeStepFor(PlanStep verify) {
        String c = PartitionNames.canonical(verify.partition());
        return request.plan().steps().stream().filter(x -> x.action() == StepAction.WRITE && x.image().isPresent()
                && PartitionNames.canonical(x.partition()).equals(c)).findFirst();
    }

    private Optional<PlanStep> tableStepFor(PlanStep verify) {
        String c = PartitionNames.canonical(verify.partition());
        return request.plan().steps().stream().filter(x -> x.action() == StepAction.WRITE_TABLE
                && PartitionNames.canonical(x.partition()).equals(c)).findFirst();
    }

    private boolean hasBackupStep(PlanStep verify) {
        String c = PartitionNames.canonical(verify.partition());
        return request.plan().steps().stream()
                .anyMatch(x -> x.action() == StepAction.BACKUP && PartitionNames.canonical(x.partition()).equals(c));
    }

    private static String key(PlanStep s) {
        return PartitionNames.canonical(s.partition()) + "@" + s.range();
    }

    private static List<String> stepNames(FlashPlan plan) {
        List<String> l = new ArrayList<>();
        for (PlanStep s : plan.steps()) {
            l.add(s.action().jsonName() + " " + s.partition());
        }
        return l;
    }

    private static int totalKib(FlashPlan plan) {
        long bytes = 0;
        for (PlanStep s : plan.steps()) {
            bytes += s.action() == StepAction.VERIFY ? 2 * s.range().length() : s.range().length();
        }
        return (int) Math.min(Integer.MAX_VALUE, bytes / 1024 + 1);
    }

    static String speed(long bytes, long nanos) {
        if (bytes == 0 || nanos <= 0) {
            return "";
        }
        double mbps = bytes / 1e6 / (nanos / 1e9);
        return String.format(" (%.1f MB in %.1f s, %.1f MB/s)", bytes / 1e6, nanos / 1e9, mbps);
    }
}
