package org.scatterbench.ui.log;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;

/**
 * The sink behind the Log view. Core bundles never see it: they write to java.util.logging under
 * {@value #ROOT_LOGGER} (the protocol trace of the flash engine and the transports) or to their
 * bundle's ILog (broken contributions); both arrive here. A bounded buffer, so a long flash cannot
 * eat the heap, and thread-safe, because jobs log from worker threads.
 */
public final class ProtocolLog {

    /** Loggers under this name feed the Log view. */
    public static final String ROOT_LOGGER = "org.scatterbench";
    static final int CAPACITY = 5000;

    private final ArrayDeque<LogEntry> entries = new ArrayDeque<>();
    private final List<Consumer<LogEntry>> listeners = new CopyOnWriteArrayList<>();
    private final Handler julHandler = new JulHandler();
    private final ILogListener platformListener = this::platformLogged;
    private final Logger root = Logger.getLogger(ROOT_LOGGER);

    /** Starts listening to java.util.logging and the platform log. */
    public void attach() {
        root.addHandler(julHandler);
        Platform.addLogListener(platformListener);
    }

    public void detach() {
        root.removeHandler(julHandler);
        Platform.removeLogListener(platformListener);
    }

    /** Adds a line directly, for workbench events such as "flash started". */
    public void append(String level, String source, String message) {
        LogEntry e = new LogEntry(Instant.now(), level, source, message == null ? "" : message);
        synchronized (entries) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(e);
        }
        for (Consumer<LogEntry> l : listeners) {
            try {
                l.accept(e);
            } catch (RuntimeException ex) {
                // a broken view must not make logging throw into the engine's thread
                listeners.remove(l);
            }
        }
    }

    public List<LogEntry> snapshot() {
        synchronized (entries) {
            return new ArrayList<>(entries);
        }
    }

    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    /** Listeners are called on the thread that logged; UI listeners must hop to the display. */
    public void addListener(Consumer<LogEntry> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<LogEntry> listener) {
        listeners.remove(listener);
    }

    private void platformLogged(IStatus status, String plugin) {
        String level = switch (status.getSeverity()) {
            case IStatus.ERROR -> "SEVERE";
            case IStatus.WARNING -> "WARNING";
            default -> "INFO";
        };
        append(level, plugin, status.getMessage());
    }

    private final class JulHandler extends Handler {
        @Override
        public void publish(LogRecord r) {
            String msg = r.getMessage();
            if (r.getParameters() != null && msg != null) {
                msg = java.text.MessageFormat.format(msg, r.getParameters());
            }
            if (r.getThrown() != null) {
                msg = msg + ": " + r.getThrown();
            }
            append(r.getLevel().getName(), r.getLoggerName(), msg);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
