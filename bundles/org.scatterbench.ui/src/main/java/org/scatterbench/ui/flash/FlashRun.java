package org.scatterbench.ui.flash;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.brom.HandshakeOptions;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.engine.BrickGuard;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.op.FlashOperation;
import org.scatterbench.flash.op.FlashReport;
import org.scatterbench.flash.op.FlashRequest;
import org.scatterbench.layout.plan.FlashPlan;
import org.scatterbench.layout.plan.Planner;
import org.scatterbench.model.Layout;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.ui.download.DownloadSelection;

/**
 * One flash from the Download view, in the order {@code scatterbench flash} uses: open the port,
 * bring the phone up with the DA, run the brick guard, take the phone's own table as the current
 * layout unless the user gave one, plan again against it, and only then run the engine's
 * FlashOperation. Every refusal before the operation writes nothing.
 */
public final class FlashRun {

    /** Everything the run needs, captured on the UI thread before the job starts. */
    public record Settings(Path daFile, String port, DownloadSelection selection, boolean currentFromFile,
            Duration replyTimeout, Path backupDir) {
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
                return refused("cannot open " + settings.port() + ": " + e.getMessage());
            }
            SessionOptions options = new SessionOptions(da, settings.replyTimeout(), HandshakeOptions.defaults());
            try (DeviceSession session = DeviceSession.connect(transport, options, ChipRegistry.load(), sub.split(10))) {
                Layout next = settings.selection().next();
                List<String> brick = BrickGuard.check(next, session.chip(), session.storage().storage(), Optional.empty());
                if (!brick.isEmpty()) {
                    return refused(String.join("; ", brick));
                }
                Layout assumed = settings.currentFromFile() ? settings.selection().current()
                        : session.readLayout(sub.split(5));
                DownloadSelection onPhone = settings.selection().withCurrent(assumed);
                FlashPlan plan = new Planner().plan(onPhone.request());
                if (plan.refused()) {
                    return refused("against the phone's own table: " + String.join(" ", plan.reasons()));
                }
                FlashRequest request = new FlashRequest(plan, assumed, next, settings.backupDir());
                return new FlashOperation(session, request).run(sub.split(85));
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
