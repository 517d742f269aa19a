package org.scatterbench.ui.device;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.chip.ChipRegistry;
import org.scatterbench.flash.da.DaFile;
import org.scatterbench.flash.da.DaFileException;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.engine.SessionOptions;
import org.scatterbench.model.Layout;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportOptions;
import org.scatterbench.transport.registry.TransportRegistry;
import org.scatterbench.ui.flash.TracingTransport;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/**
 * Reads the partition table a phone holds now, as {@code scatterbench device table} does: open the
 * port, bring the phone up with the Download Agent, read the table through it. Only reads: no
 * write, erase or format command is sent. Blocking and free of SWT: run it in a Job.
 */
public final class PhoneTableReader {

    /**
     * Which phone and how to talk to it.
     *
     * @param replyTimeout how long the phone may stay silent before it counts as not answering
     */
    public record Request(String port, Path daFile, Duration replyTimeout) {

        public Request {
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(daFile, "daFile");
            Objects.requireNonNull(replyTimeout, "replyTimeout");
        }
    }

    /** Why the table could not be read, in words for the status line (never a stack trace). */
    public static final class ReadFailure extends Exception {

        private static final long serialVersionUID = 1L;

        ReadFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Request request;
    /** The open port while a read runs, so {@link #abort} can end a read blocked on a silent phone. */
    private volatile Transport open;

    public PhoneTableReader(Request request) {
        this.request = request;
    }

    public Request request() {
        return request;
    }

    /**
     * The phone's table.
     *
     * @throws ReadFailure             the DA file, the port or the phone failed; nothing was written
     * @throws OperationCanceledException the monitor was cancelled
     */
    public Layout read(IProgressMonitor monitor) throws ReadFailure {
        SubMonitor sub = SubMonitor.convert(monitor, "Reading the partition table of " + request.port(), 100);
        DaFile da;
        try {
            da = DaFile.read(request.daFile());
        } catch (DaFileException e) {
            throw new ReadFailure(e.getMessage(), e);
        }
        try (TransportRegistry registry = TransportRegistry.standard()) {
            Transport transport;
            try {
                transport = new TracingTransport(registry.open(request.port(), TransportOptions.defaults()));
            } catch (IOException e) {
                throw new ReadFailure("cannot open " + request.port() + ": " + e.getMessage(), e);
            }
            open = transport;
            SessionOptions options = new SessionOptions(da, request.replyTimeout(),
                    new WorkbenchPreferences().handshake());
            try (DeviceSession session = DeviceSession.connect(transport, options, ChipRegistry.load(), sub.split(80))) {
                return session.readLayout(sub.split(20));
            } catch (FlashException e) {
                if (sub.isCanceled()) {
                    throw new OperationCanceledException();
                }
                throw new ReadFailure(e.getMessage(), e);
            } finally {
                open = null;
                closeQuietly(transport);
            }
        }
    }

    /** Closes the port of a running read (from another thread): the read ends with a failure at once. */
    public void abort() {
        Transport t = open;
        if (t != null) {
            closeQuietly(t);
        }
    }

    private static void closeQuietly(Transport t) {
        try {
            t.close();
        } catch (IOException e) {
            // a port the phone already dropped needs no closing
        }
    }
}
