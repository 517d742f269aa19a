package org.scatterbench.cli.backup;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.cli.CliException;
import org.scatterbench.cli.flash.DeviceOptions;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.brom.HandshakeOptions;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.flash.report.DeviceIdentity;
import org.scatterbench.flash.report.ReportStore;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunReport;
import org.scatterbench.flash.report.RunStatus;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportDescription;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;

/**
 * One phone for one reporting command: opens the port, brings the DA up, and whatever happens
 * saves the run's report. A failure to connect is reported too (the report then names only the port).
 */
public final class PhoneSession implements AutoCloseable {

    /** Exit code when the phone or a file failed. */
    public static final int FAILURE = 1;
    /** Exit code for bad usage. */
    public static final int USAGE = 2;
    /** Exit code when the operation was refused before anything was written. */
    public static final int REFUSED = 3;

    private final TransportRegistry registry;
    private final Transport transport;
    private final RunRecorder recorder;
    private final ReportStore store;
    private DeviceSession session;
    private RunReport saved;
    private String saveProblem;

    private PhoneSession(TransportRegistry registry, Transport transport, RunRecorder recorder, ReportStore store) {
        this.registry = registry;
        this.transport = transport;
        this.recorder = recorder;
        this.store = store;
    }

    /** Opens the port and connects; a failure is saved as a FAILED report and thrown as a CliException. */
    public static PhoneSession open(String operation, DeviceOptions options, ReportStore store,
            IProgressMonitor monitor) {
        options.timeout(); // a bad --timeout is a usage error before any file or port is opened
        DaFile da;
        try {
            da = DaFile.read(options.daFile());
        } catch (DaFileException e) {
            throw new CliException(FAILURE, e.getMessage());
        }
        TransportRegistry reg = TransportRegistry.standard();
        Transport t;
        try {
            t = reg.open(options.port(), TransportOptions.defaults());
        } catch (IOException e) {
            reg.close();
            RunRecorder r = new RunRecorder(operation, DeviceIdentity.unidentified(TransportDescription.of("?",
                    options.port())));
            String unsaved = save(store, r.finish(RunStatus.FAILED, "cannot open " + options.port() + ": "
                    + e.getMessage())).map(problem -> " (run report not saved: " + problem + ")").orElse("");
            throw new CliException(FAILURE, "cannot open " + options.port() + ": " + e.getMessage() + unsaved);
        }
        PhoneSession p = new PhoneSession(reg, t, new RunRecorder(operation, DeviceIdentity.unidentified(t.describe())),
                store);
        try {
            SessionOptions so = new SessionOptions(da, options.timeout(), HandshakeOptions.defaults());
            p.session = DeviceSession.connect(t, so, ChipRegistry.load(), monitor);
            p.recorder.device(DeviceIdentity.of(p.session));
            return p;
        } catch (FlashException e) {
            p.end(RunStatus.FAILED, e.getMessage());
            p.close();
            throw new CliException(FAILURE, e.getMessage());
        }
    }

    public DeviceSession session() {
        return session;
    }

    public RunRecorder recorder() {
        return recorder;
    }

    /** Ends the run and saves its report (once); returns it. */
    public RunReport end(RunStatus status, String error) {
        if (saved == null) {
            saved = recorder.finish(status, error);
            saveProblem = save(store, saved).orElse(null);
        }
        return saved;
    }

    /**
     * The line that tells the user where the report of this run is: its id, or why it could not be
     * saved (a report id the store never received would send the user looking for nothing).
     */
    public String reportLine() {
        if (saved == null) {
            return "Report: none (the run has not ended)";
        }
        return saveProblem == null ? "Report: " + saved.id() : "Report not saved: " + saveProblem;
    }

    public Optional<RunReport> report() {
        return Optional.ofNullable(saved);
    }

    /** Saves {@code r}; what went wrong, in the user's terms, if it could not be saved. */
    private static Optional<String> save(ReportStore store, RunReport r) {
        try {
            store.save(r);
            return Optional.empty();
        } catch (IOException e) {
            if (java.nio.file.Files.exists(store.folder()) && !java.nio.file.Files.isDirectory(store.folder())) {
                return Optional.of(store.folder() + " is a file, not a reports folder");
            }
            return Optional.of("cannot save the run report in " + store.folder() + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close();
        } else {
            try {
                transport.close();
            } catch (IOException e) {
                // the port is gone already
            }
        }
        registry.close();
    }
}
