package org.scatterbench.flash.multi;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.op.FlashOperation;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.flash.op.FlashRequest;
import org.scatterbench.flash.report.PlanRecord;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.flash.report.StepOutcome;
import org.scatterbench.flash.report.StepRecord;
import org.scatterbench.image.ImageSource;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.Layout;

/**
 * Flashes one phone with the engine's {@link FlashOperation}: plans against the table the phone
 * holds, optionally adds a VERIFY step after every image write (the engine reads it back and
 * compares it with the image), runs, and turns the engine's outcome into report steps with their
 * times, bytes and SHA-256 of what was written.
 */
public final class EngineFlashWork implements DeviceWork {

    private final Layout rom;
    private final Path romFolder;
    private final PlanMode mode;
    private final Set<String> optIn;
    private final boolean verify;
    private final Path backupBase;
    private final ImageHashes hashes;
    private final Clock clock;

    /**
     * @param backupBase each phone's BACKUP steps store their copies in a sub-folder named after its port
     */
    public EngineFlashWork(Layout rom, Path romFolder, PlanMode mode, Set<String> optIn, boolean verify,
            Path backupBase, ImageHashes hashes, Clock clock) {
        this.rom = rom;
        this.romFolder = romFolder;
        this.mode = mode;
        this.optIn = Set.copyOf(optIn);
        this.verify = verify;
        this.backupBase = backupBase;
        this.hashes = hashes;
        this.clock = clock;
    }

    @Override
    public RunStatus run(DeviceSession session, RunRecorder recorder, IProgressMonitor monitor)
            throws FlashException, RefusedException, IOException {
        Layout device = session.readLayout(monitor);
        FlashPlan plan = new Planner().plan(new PlanRequest(device, rom, Optional.of(romFolder), mode, optIn));
        if (verify && !plan.refused()) {
            plan = withVerifySteps(plan);
        }
        recorder.plan(PlanRecord.of(plan));
        if (plan.refused()) {
            throw new RefusedException("the plan is refused; nothing was written: " + String.join("; ", plan.reasons()));
        }
        Path backups = backupBase.resolve(session.transport().describe().port().replaceAll("[^A-Za-z0-9.-]+", "-"));
        StepClock steps = new StepClock(monitor, clock);
        FlashReport r = new FlashOperation(session, new FlashRequest(plan, device, rom, backups)).run(steps);
        record(plan, r, steps, recorder);
        switch (r.outcome()) {
            case DONE:
                return RunStatus.SUCCEEDED;
            case REFUSED:
                throw new RefusedException(r.summary());
            case CANCELLED:
                throw new org.eclipse.core.runtime.OperationCanceledException();
            default:
                throw new FlashException(r.message());
        }
    }

    /** The plan with a VERIFY after each WRITE of an image that has none yet. */
    static FlashPlan withVerifySteps(FlashPlan plan) {
        Set<String> verified = new HashSet<>();
        for (PlanStep s : plan.steps()) {
            if (s.action() == StepAction.VERIFY) {
                verified.add(s.partition());
            }
        }
        List<PlanStep> l = new ArrayList<>();
        for (PlanStep s : plan.steps()) {
            l.add(s);
            if (s.action() == StepAction.WRITE && s.image().isPresent() && !verified.contains(s.partition())) {
                l.add(PlanStep.of(StepAction.VERIFY, s.partition(), s.range(), "Read " + s.partition()
                        + " back and compare it with the image."));
            }
        }
        return new FlashPlan(plan.mode(), false, plan.reasons(), l, plan.partitions());
    }

    private void record(FlashPlan plan, FlashReport r, StepClock clockMarks, RunRecorder recorder)
            throws IOException {
        List<StepClock.Mark> marks = clockMarks.marks();
        Instant end = clockMarks.now();
        Set<String> verifiedOk = new HashSet<>();
        int done = r.completed().size();
        for (int i = 0; i < done; i++) {
            PlanStep s = plan.steps().get(i);
            if (s.action() == StepAction.VERIFY) {
                verifiedOk.add(s.partition());
            }
        }
        for (int i = 0; i < plan.steps().size(); i++) {
            PlanStep s = plan.steps().get(i);
            StepOutcome outcome = i < done ? StepOutcome.DONE
                    : i == done && r.outcome() == FlashReport.Outcome.FAILED ? StepOutcome.FAILED
                    : i == done && r.outcome() == FlashReport.Outcome.CANCELLED ? StepOutcome.CANCELLED
                    : StepOutcome.NOT_RUN;
            Instant start = i < marks.size() && outcome != StepOutcome.NOT_RUN ? marks.get(i).at() : null;
            Instant stop = start == null ? null : i + 1 < marks.size() ? marks.get(i + 1).at() : end;
            long bytes = outcome == StepOutcome.DONE ? bytes(s) : 0;
            String written = outcome == StepOutcome.DONE ? writtenHash(s) : "";
            double rate = start == null ? 0 : rate(bytes, start, stop);
            String msg = outcome == StepOutcome.FAILED || outcome == StepOutcome.CANCELLED ? r.message() : "";
            recorder.record(new StepRecord(0, s.action().jsonName(), s.partition(), s.range().region().name(),
                    s.range().start(), s.range().length(), s.description(), outcome, bytes, start, stop, rate, written,
                    "", !written.isEmpty() && verifiedOk.contains(s.partition()), msg));
        }
        r.log().forEach(recorder::note);
    }

    private static long bytes(PlanStep s) throws IOException {
        switch (s.action()) {
            case WRITE:
                return s.image().isPresent() ? ImageSource.open(s.image().get()).expandedSize() : 0;
            case WRITE_TABLE:
                long n = 0;
                for (TableWrite w : s.tableWrites()) {
                    n += w.range().length();
                }
                return n;
            default:
                return s.range().length();
        }
    }

    private String writtenHash(PlanStep s) throws IOException {
        if (s.action() == StepAction.WRITE && s.image().isPresent()) {
            return hashes.of(s.image().get());
        }
        return "";
    }

    private static double rate(long bytes, Instant a, Instant b) {
        long nanos = java.time.Duration.between(a, b).toNanos();
        return bytes <= 0 || nanos <= 0 ? 0 : bytes / (1024.0 * 1024.0) / (nanos / 1e9);
    }
}
