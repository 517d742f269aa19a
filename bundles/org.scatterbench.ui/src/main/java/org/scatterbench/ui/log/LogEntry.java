package org.scatterbench.ui.log;

import java.time.Instant;

/**
 * One line of the protocol log as the Log view shows it.
 *
 * @param time    when it was logged
 * @param level   SEVERE, WARNING, INFO, FINE ... (java.util.logging names, also used for ILog entries)
 * @param source  the logger name or the contributing bundle
 * @param message the text, never null
 */
public record LogEntry(Instant time, String level, String source, String message) {
}
