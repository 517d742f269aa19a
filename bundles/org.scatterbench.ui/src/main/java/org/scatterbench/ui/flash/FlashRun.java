package org.scatterbench.ui.flash;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.flash.workflow.CurrentLayout;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.workflow.FlashPlanRequest;
import org.scatterbench.flash.workflow.FlashRefusedException;
import org.scatterbench.flash.workflow.FlashWorkflow;
import org.scatterbench.flash.workflow.PlannedFlash;
import org.scatterbench.layout.plan.PlanDrift;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.ui.download.DownloadSelection;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/**
 * One flash from the Download view: open the port and bring the phone up with the DA, then hand
 * the rest (brick guard, current layout, plan against it, the engine's FlashOperation) to the same
 * FlashWorkflow {@code scatterbench flash} uses. Every refusal before the operation writes nothing.
 */
public final class FlashRun {

    /** Everything the run needs, captured on the UI thread before the job starts. */
    public record Settings(Path daFile, String port, DownloadSelection selection, boolean currentFromFile,
            Duration replyTimeout, Path backupDir, boolean verify, Optional<ReportStore> reports,
            Optional<Path> calibrationBackups) {
    }

    private final Settings settings;

    public FlashRun(Settings settings) {
        this.settings = settings;
    }

    public FlashReport run(IProgressMonitor monitor) {
        SubMonitor sub = SubMonitor.convert(monitor, "Flashing on " + settings.port(), 100);
        DaFile da;
        try {
            da = DaFile.read(settings.daFile());
        } catch (DaFileException e) {
            return refused(e.getMessage());
        }
        try (TransportRegistry registry = TransportRegistry.standard()) {
            Transport transport;
            try {
                transport = new TracingTransport(registry.open(settings.port(), TransportOptions.defaults()));
            } catch (IOException e) {
                // failed, as flash-all reports it: nothing was written, but the user has a phone to plug in
                return failed("cannot open " + settings.port() + ": " + e.getMessage());
            }
            SessionOptions options = new SessionOptions(da, settings.replyTimeout(),
                    new WorkbenchPreferences().handshake());
            try (DeviceSession session = DeviceSession.connect(transport, options, ChipRegistry.load(), sub.split(10))) {
                DownloadSelection chosen = settings.selection();
                FlashPlanRequest request = new FlashPlanRequest(chosen.next(), chosen.romFolder(), chosen.mode(),
                        chosen.optIn(), chosen.excluded(),
                        settings.currentFromFile() ? CurrentLayout.given(chosen.current()) : CurrentLayout.fromDevice(),
                        settings.verify(), settings.backupDir(), settings.reports(), settings.calibrationBackups());
                FlashWorkflow workflow = new FlashWorkflow(session);
                PlannedFlash planned;
                try {
                    planned = workflow.plan(request, sub.split(5));
                } catch (FlashRefusedException e) {
                    return refused(String.join("; ", e.reasons()));
                }
                if (planned.plan().refused()) {
                    return refused("against the phone's own table: " + String.join(" ", planned.plan().reasons()));
                }
                // the view showed a plan made against an assumed layout: never run a different one unseen
                List<String> drift = PlanDrift.between(chosen.plan(), planned.plan());
                if (!drift.isEmpty()) {
                    return refused("the phone's own table differs from the layout the plan on screen was made for,"
                            + " so the plan would do something else: " + String.join("; ", drift) + ". Nothing was"
                            + " written. Choose a current-layout file that describes this phone (its old scatter, or"
                            + " one 'scatterbench scatter from-device' writes; Layout Diff's From phone shows the"
                            + " difference), check the plan, then start again.");
                }
                return workflow.run(planned, sub.split(85)).report();
            } catch (FlashException e) {
                return failed(e.getMessage());
            } finally {
                try {
                    transport.close();
                } catch (IOException e) {
                    // the session already ended; nothing left to release
                }
            }
        }
    }

    private static FlashReport refused(String why) {
        return new FlashReport(FlashReport.Outcome.REFUSED, why, List.of(), List.of(), List.of(why));
    }

    private static FlashReport failed(String why) {
        return new FlashReport(FlashReport.Outcome.FAILED, why, List.of(), List.of(), List.of(why));
    }
}
