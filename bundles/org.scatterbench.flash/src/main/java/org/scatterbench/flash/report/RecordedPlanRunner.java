package org.scatterbench.flash.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.ProgressTicker;
import org.scatterbench.flash.engine.WriteFence;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.image.ImageSource;
import org.scatterbench.image.raw.RawImageSource;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.ByteRange;

/**
 * Runs the writing steps of a plan (WRITE, WRITE_TABLE, FORMAT, VERIFY) on a running DA, hashing
 * every byte it sends and, with {@code verify}, reading each written range back and comparing
 * SHA-256. Every changed range passes the {@link WriteFence} first. Steps it cannot run (BACKUP,
 * RESTORE belong to the engine's firmware-upgrade path) refuse the whole run before anything is
 * written. Used by restore and flash-all; the engine's own FlashOperation can report the same way
 * by calling a {@link StepObserver}.
 */
public final class RecordedPlanRunner {

    private static final int SECTOR = 512;
    private static final int KIB = 1024;

    private final DaClient da;
    private final WriteFence fence;
    private final boolean verify;
    private final StepObserver observer;
    /** What this run last wrote per partition, for VERIFY steps: range and SHA-256. */
    private final Map<String, Written> written = new HashMap<>();

    private record Written(List<ByteRange> ranges, List<String> hashes) {
    }

    /** SHA-256 each file must have, for runs that write files byte for byte (restores); else null. */
    private final Map<Path, String> rawFiles;

    public RecordedPlanRunner(DaClient da, WriteFence fence, boolean verify, StepObserver observer) {
        this(da, fence, verify, observer, null);
    }

    private RecordedPlanRunner(DaClient da, WriteFence fence, boolean verify, StepObserver observer,
            Map<Path, String> rawFiles) {
        this.da = da;
        this.fence = fence;
        this.verify = verify;
        this.observer = observer;
        this.rawFiles = rawFiles;
    }

    /**
     * A runner that writes each step's file byte for byte, as a restore must: a partition dump that
     * happens to begin with the Android sparse magic is not an image to expand. What it sends must
     * hash to {@code sha256} (the backup's SHA256SUMS), or the step fails: the file changed after
     * it was checked.
     */
    public RecordedPlanRunner writingFilesAsTheyAre(Map<Path, String> sha256) {
        return new RecordedPlanRunner(da, fence, verify, observer, Map.copyOf(sha256));
    }

    /**
     * Runs the steps in order. On failure or cancellation the remaining steps are reported as not
     * run and the exception propagates.
     */
    public void run(List<PlanStep> steps, IProgressMonitor monitor) throws FlashException {
        for (PlanStep s : steps) {
            if (s.action() == StepAction.BACKUP || s.action() == StepAction.RESTORE) {
                throw new FlashException("this plan has a " + s.action().jsonName() + " step for " + s.partition()
                        + ", which only the flash engine's firmware-upgrade path runs; nothing was written");
            }
        }
        SubMonitor sub = SubMonitor.convert(monitor, "Writing", steps.size() * 100);
        for (int i = 0; i < steps.size(); i++) {
            PlanStep s = steps.get(i);
            if (sub.isCanceled()) {
                skipFrom(steps, i);
                throw new OperationCanceledException();
            }
            observer.started(s);
            try {
                sub.subTask(s.description().isEmpty() ? s.action().jsonName() + " " + s.partition() : s.description());
                runStep(s, sub.split(100));
            } catch (FlashException | RuntimeException e) {
                boolean cancelled = e instanceof OperationCanceledException;
                observer.failed(s, cancelled ? "cancelled" : e.getMessage(), cancelled);
                skipFrom(steps, i + 1);
                throw e;
            }
        }
    }

    private void skipFrom(List<PlanStep> steps, int from) {
        for (int j = from; j < steps.size(); j++) {
            observer.skipped(steps.get(j));
        }
    }

    private void runStep(PlanStep s, SubMonitor m) throws FlashException {
        switch (s.action()) {
            case WRITE:
                writeImage(s, m);
                break;
            case WRITE_TABLE:
                writeTable(s, m);
                break;
            case FORMAT:
                fence.check(s.range(), "format " + s.partition());
                m.beginTask("Formatting " + s.partition(), kib(s.range().length()));
                da.format(s.range(), new ProgressTicker(m, KIB)::done);
                observer.finished(s, s.range().length(), "", "", false);
                break;
            case VERIFY:
                verifyStep(s, m);
                break;
            default:
                throw new FlashException("cannot run a " + s.action().jsonName() + " step");
        }
    }

    private void writeImage(PlanStep s, SubMonitor m) throws FlashException {
        ImageSource image;
        try {
            Path file = s.image().orElseThrow(() -> new FlashException("the write step for "
                    + s.partition() + " names no image file"));
            image = rawFiles != null ? RawImageSource.open(file) : ImageSource.open(file);
        } catch (IOException e) {
            throw new FlashException("cannot read the image for " + s.partition() + ": " + e.getMessage(), e);
        }
        long size = image.expandedSize();
        long padded = Math.multiplyExact((Math.addExact(size, SECTOR - 1)) / SECTOR, SECTOR);
        if (padded > s.range().length()) {
            throw new FlashException(String.format("%s (%d bytes) does not fit partition %s (%d bytes); nothing was"
                    + " written to it", image.path(), size, s.partition(), s.range().length()));
        }
        ByteRange target = new ByteRange(s.range().region(), s.range().start(), padded);
        fence.check(target, "write " + s.partition());
        MessageDigest md = Sha256.digest();
        m.setWorkRemaining(kib(padded) * (verify ? 2 : 1));
        try (InputStream in = new DigestInputStream(new SequenceInputStream(image.openExpanded(),
                new ByteArrayInputStream(new byte[(int) (padded - size)])), md)) {
            da.write(target, in, new ProgressTicker(m, KIB)::done);
        } catch (IOException e) {
            throw new FlashException("reading " + image.path() + " failed while writing " + s.partition() + ": "
                    + e.getMessage(), e);
        }
        String sha = Sha256.hex(md.digest());
        String expected = rawFiles == null ? null : rawFiles.get(image.path());
        if (expected != null && padded == size && !expected.equals(sha)) {
            throw new FlashException(image.path() + " changed after it was checked: " + s.partition() + " received"
                    + " bytes with SHA-256 " + sha + ", the backup's SHA256SUMS says " + expected);
        }
        written.put(s.partition(), new Written(List.of(target), List.of(sha)));
        boolean ok = verify && verifyRange(s.partition(), target, sha, m);
        observer.finished(s, padded, sha, ok ? sha : "", ok);
    }

    private void writeTable(PlanStep s, SubMonitor m) throws FlashException {
        List<TableWrite> writes = s.tableWrites();
        for (TableWrite w : writes) {
            fence.check(w.range(), "write the " + s.partition() + " table");
        }
        MessageDigest all = Sha256.digest();
        List<ByteRange> ranges = new java.util.ArrayList<>();
        List<String> hashes = new java.util.ArrayList<>();
        long bytes = 0;
        for (TableWrite w : writes) {
            byte[] b = w.bytes();
            da.write(w.range(), new ByteArrayInputStream(b), n -> { });
            all.update(b);
            ranges.add(w.range());
            hashes.add(Sha256.of(b));
            bytes += b.length;
        }
        written.put(s.partition(), new Written(ranges, hashes));
        boolean ok = true;
        if (verify) {
            for (int i = 0; i < ranges.size(); i++) {
                ok &= verifyRange(s.partition(), ranges.get(i), hashes.get(i), m);
            }
        }
        String sha = Sha256.hex(all.digest());
        observer.finished(s, bytes, sha, verify ? sha : "", verify && ok);
    }

    /** A plan's own VERIFY step: compare with what this run wrote to the partition. */
    private void verifyStep(PlanStep s, SubMonitor m) throws FlashException {
        Written w = written.get(s.partition());
        if (w == null) {
            String got = Readback.sha256(da, s.range(), n -> { });
            observer.finished(s, s.range().length(), "", got, false);
            return;
        }
        long bytes = 0;
        for (int i = 0; i < w.ranges().size(); i++) {
            Readback.verify(da, s.partition(), w.ranges().get(i), w.hashes().get(i), n -> { });
            bytes += w.ranges().get(i).length();
        }
        observer.finished(s, bytes, "", String.join(",", w.hashes()), true);
    }

    private boolean verifyRange(String partition, ByteRange range, String sha, SubMonitor m) throws FlashException {
        m.subTask("Verifying " + partition);
        ProgressTicker t = new ProgressTicker(m, KIB);
        Readback.verify(da, partition, range, sha, t::done);
        return true;
    }

    private static int kib(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / KIB));
    }
}
