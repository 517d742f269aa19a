package org.scatterbench.flash.workflow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.backup.BackupException;
import org.scatterbench.flash.backup.BackupResult;
import org.scatterbench.flash.backup.BackupService;
import org.scatterbench.flash.engine.BrickGuard;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.flash.op.FlashOperation;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.flash.op.FlashRequest;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.EngineRunRecorder;
import org.scatterbench.flash.report.ImageHashes;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.layout.plan.PlanRequest;
import org.scatterbench.layout.plan.PlanStep;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.layout.plan.StepAction;
import org.scatterbench.model.Layout;

/**
 * One flash on one open device session, in two calls so the caller can show the plan and ask before
 * anything is written: {@link #plan} (brick guard, current layout, planner) then {@link #run} (the
 * engine's FlashOperation and the run report). The CLI and the workbench both go through here.
 */
public final class FlashWorkflow {

    private final DeviceSession session;

    public FlashWorkflow(DeviceSession session) {
        this.session = session;
    }

    /**
     * Plans against what the phone holds. The brick guard runs first, before the current layout is
     * read, so a ROM that cannot boot this chip is refused without touching the storage.
     *
     * @throws FlashRefusedException the brick guard refused; nothing was written
     * @throws FlashException        the phone could not be read
     */
    public PlannedFlash plan(FlashPlanRequest request, IProgressMonitor monitor)
            throws FlashException, FlashRefusedException {
        List<String> brick = BrickGuard.check(request.next(), session.chip(), session.storage().storage(), Optional.empty());
        if (!brick.isEmpty()) {
            throw new FlashRefusedException(brick);
        }
        if (request.mode() == PlanMode.FIRMWARE_UPGRADE && request.calibrationBackups().isEmpty()) {
            throw new FlashRefusedException(List.of("firmware-upgrade rewrites the partition table, so it backs up"
                    + " the calibration partitions (IMEI, radio calibration) first, and that backup was switched off"));
        }
        Layout assumed = request.current().of(session, monitor);
        PlanRequest planRequest = new PlanRequest(assumed, request.plannedNext(), request.romFolder(), request.mode(),
                request.optIn());
        FlashPlan plan = new Planner().plan(planRequest);
        return new PlannedFlash(request, assumed, request.verify() ? withVerifies(plan) : plan);
    }

    /**
     * Runs the plan in the calling thread, which must already hold the phone (a DeviceJob's body);
     * saves the run report when the request names a store.
     */
    public FlashOutcome run(PlannedFlash planned, IProgressMonitor monitor) {
        Recording rec = Recording.start(session, planned, monitor);
        FlashReport report = execute(planned, rec, rec.plain(), rec.monitor());
        return rec.finish(planned.plan(), report);
    }

    /**
     * Runs the plan as a DeviceJob on the phone's scheduling rule and waits for it: for callers that
     * are not already inside one (the CLI).
     *
     * @throws FlashException interrupted while waiting; the job is cancelled
     */
    public FlashOutcome runAsJob(PlannedFlash planned, IProgressMonitor monitor) throws FlashException {
        Recording rec = Recording.start(session, planned, monitor);
        DeviceJob job = new DeviceJob("Flashing " + session.chip().primaryName(), session.transport().describe().port(),
                m -> execute(planned, rec, new JobMonitor(m, rec.plain()), new JobMonitor(m, rec.monitor())));
        job.schedule();
        try {
            job.join();
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw new FlashException("interrupted while flashing");
        }
        return rec.finish(planned.plan(), job.report());
    }

    /**
     * The calibration backup, when asked for, then the operation. A backup that fails stops the run
     * before the first write; a phone without calibration partitions has nothing to lose there. The
     * backup reports to {@code plain}, not to the recording monitor, whose task names time the plan's
     * steps.
     */
    private FlashReport execute(PlannedFlash planned, Recording rec, IProgressMonitor plain, IProgressMonitor monitor) {
        Optional<Path> base = planned.request().calibrationBackups();
        if (base.isEmpty() || planned.plan().refused()) {
            return operation(planned).run(monitor);
        }
        if (BackupService.calibrationPartitions(planned.assumed()).isEmpty()) {
            return withNote(operation(planned).run(monitor), "The phone's table has no calibration partitions;"
                    + " no calibration backup was needed.");
        }
        BackupResult backup;
        try {
            RunRecorder steps = rec.recorder() != null ? rec.recorder()
                    : new RunRecorder("flash", DeviceIdentity.of(session));
            backup = new BackupService().backupCalibration(session, planned.assumed(), base.get(), steps, plain);
        } catch (FlashException | BackupException e) {
            String why = "the calibration backup into " + base.get() + " failed, so nothing was written: "
                    + e.getMessage();
            return new FlashReport(FlashReport.Outcome.REFUSED, why, List.of(), List.of(), List.of(why));
        } catch (OperationCanceledException e) {
            String why = "cancelled during the calibration backup; nothing was written";
            return new FlashReport(FlashReport.Outcome.CANCELLED, why, List.of(), List.of(), List.of(why));
        }
        String names = String.join(", ", backup.entries().stream().map(e -> e.name()).toList());
        return withNote(operation(planned).run(monitor), "Calibration (" + names + ") backed up to " + backup.folder()
                + "; restore it with: scatterbench restore --port " + session.transport().describe().port()
                + " --from " + backup.folder());
    }

    private static FlashReport withNote(FlashReport r, String note) {
        List<String> log = new ArrayList<>();
        log.add(note);
        log.addAll(r.log());
        return new FlashReport(r.outcome(), r.message(), r.completed(), r.remaining(), log);
    }

    private FlashOperation operation(PlannedFlash planned) {
        FlashPlanRequest r = planned.request();
        return new FlashOperation(session, new FlashRequest(planned.plan(), planned.assumed(), r.next(), r.backupDir()));
    }

    /**
     * What {@code --verify} asks for: a read-only VERIFY right after each image WRITE that has none
     * yet (the planner leaves verification to the caller), so a bad write stops the run before the
     * next partition is touched. Nothing else in the plan changes.
     */
    public static FlashPlan withVerifies(FlashPlan plan) {
        if (plan.refused()) {
            return plan;
        }
        Set<String> verified = new HashSet<>();
        for (PlanStep s : plan.steps()) {
            if (s.action() == StepAction.VERIFY) {
                verified.add(s.partition());
            }
        }
        List<PlanStep> steps = new ArrayList<>();
        for (PlanStep s : plan.steps()) {
            steps.add(s);
            if (s.action() == StepAction.WRITE && s.image().isPresent() && !verified.contains(s.partition())) {
                steps.add(PlanStep.of(StepAction.VERIFY, s.partition(), s.range(), "read " + s.partition()
                        + " back and compare it with " + s.image().get().getFileName()));
            }
        }
        return new FlashPlan(plan.mode(), false, plan.reasons(), steps, plan.partitions());
    }

    /** The run report being gathered, or none when the request names no store. */
    private record Recording(Optional<ReportStore> store, RunRecorder recorder, EngineRunRecorder engine,
            IProgressMonitor monitor, IProgressMonitor plain) {

        static Recording start(DeviceSession session, PlannedFlash planned, IProgressMonitor monitor) {
            Optional<ReportStore> store = planned.request().reports();
            if (store.isEmpty()) {
                return new Recording(store, null, null, monitor, monitor);
            }
            RunRecorder recorder = new RunRecorder("flash", DeviceIdentity.of(session));
            EngineRunRecorder engine = new EngineRunRecorder(recorder, new ImageHashes(), Clock.systemUTC());
            return new Recording(store, recorder, engine, engine.wrap(monitor), monitor);
        }

        FlashOutcome finish(FlashPlan plan, FlashReport report) {
            if (store.isEmpty()) {
                return new FlashOutcome(report, Optional.empty(), Optional.empty());
            }
            RunStatus status = switch (report.outcome()) {
                case DONE -> RunStatus.SUCCEEDED;
                case REFUSED -> RunStatus.REFUSED;
                case CANCELLED -> RunStatus.CANCELLED;
                default -> RunStatus.FAILED;
            };
            try {
                engine.record(plan, report);
                Path saved = store.get().save(recorder.finish(status, report.ok() ? "" : report.summary()));
                return new FlashOutcome(report, Optional.of(saved), Optional.empty());
            } catch (IOException e) {
                return new FlashOutcome(report, Optional.empty(), Optional.of(String.valueOf(e.getMessage())));
            }
        }
    }
}
