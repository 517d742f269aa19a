package org.scatterbench.flash.multi;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.op.FlashOperation;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.flash.report.EngineRunRecorder;
import org.scatterbench.flash.report.ImageHashes;
import org.scatterbench.flash.report.PlanRecord;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.flash.workflow.CurrentLayout;
import org.scatterbench.flash.workflow.FlashPlanRequest;
import org.scatterbench.flash.workflow.FlashRefusedException;
import org.scatterbench.flash.workflow.FlashWorkflow;
import org.scatterbench.flash.workflow.PlannedFlash;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.PlanMode;
import org.scatterbench.model.Layout;

/**
 * Flashes one phone through the same {@link FlashWorkflow} as {@code flash} (brick guard, then the
 * engine's {@link FlashOperation}): plans against the table the phone
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
    private final Optional<Path> calibrationBackups;
    private final ImageHashes hashes;
    private final Clock clock;

    /**
     * @param backupBase         each phone's BACKUP steps store their copies in a sub-folder named after its port
     * @param calibrationBackups where each phone's calibration backup goes before any write (a dated
     *                           folder per phone, named by its CID); empty takes none
     */
    public EngineFlashWork(Layout rom, Path romFolder, PlanMode mode, Set<String> optIn, boolean verify,
            Path backupBase, Optional<Path> calibrationBackups, ImageHashes hashes, Clock clock) {
        this.rom = rom;
        this.romFolder = romFolder;
        this.mode = mode;
        this.optIn = Set.copyOf(optIn);
        this.verify = verify;
        this.backupBase = backupBase;
        this.calibrationBackups = calibrationBackups;
        this.hashes = hashes;
        this.clock = clock;
    }

    @Override
    public RunStatus run(DeviceSession session, RunRecorder recorder, IProgressMonitor monitor)
            throws FlashException, RefusedException, IOException {
        Path backups = backupBase.resolve(session.transport().describe().port().replaceAll("[^A-Za-z0-9.-]+", "-"));
        FlashWorkflow workflow = new FlashWorkflow(session);
        PlannedFlash planned;
        try {
            // the same sequence as `flash`: brick guard, the phone's own table, the planner
            planned = workflow.plan(new FlashPlanRequest(rom, Optional.of(romFolder), mode, optIn, Set.of(),
                    CurrentLayout.fromDevice(), verify, backups, Optional.empty(), calibrationBackups), monitor);
        } catch (FlashRefusedException e) {
            throw new RefusedException("refused, nothing was written: " + e.getMessage());
        }
        FlashPlan plan = planned.plan();
        recorder.plan(PlanRecord.of(plan));
        if (plan.refused()) {
            throw new RefusedException("the plan is refused; nothing was written: " + String.join("; ", plan.reasons()));
        }
        EngineRunRecorder er = new EngineRunRecorder(recorder, hashes, clock);
        FlashReport r = workflow.run(new PlannedFlash(planned.request(), planned.assumed(), plan), er.wrap(monitor))
                .report();
        er.record(plan, r);
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
}
