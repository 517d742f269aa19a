package org.scatterbench.layout.ui.diff;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.ui.IWorkbenchPage;
import org.scatterbench.ui.device.PhoneTableReader;
import org.scatterbench.ui.download.DownloadView;
import org.scatterbench.ui.prefs.WorkbenchPreferences;

/**
 * Which phone "From phone" reads: the port and Download Agent chosen in the Download view (the one
 * place a phone is chosen for a flash, so the diff shows the phone that flash would meet), with the
 * preferred reply timeout. The words of the diff view's status line for each outcome live here too.
 */
final class PhoneSource {

    static final String NO_PHONE = "Choose a port and a Download Agent in the Download view"
            + " (or start a virtual phone in the Device view)";
    static final String TOOLTIP = "Reads the partition table of the phone chosen in the Download view (port and"
            + " Download Agent). It only reads: nothing is written to the phone.";

    private PhoneSource() {
    }

    /** The phone to read, or empty when the Download view is closed or lacks a port or a DA. */
    static Optional<PhoneTableReader.Request> chosen(IWorkbenchPage page) {
        DownloadView download = (DownloadView) page.findView(DownloadView.ID);
        if (download == null) {
            return Optional.empty();
        }
        String port = download.portSpec().trim();
        Optional<Path> da = download.daFile();
        if (port.isEmpty() || da.isEmpty()) {
            return Optional.empty();
        }
        // the same floor as a flash: below a second even a healthy phone can look silent
        Duration timeout = Duration.ofMillis(Math.max(new WorkbenchPreferences().readTimeoutMillis(), 1000));
        return Optional.of(new PhoneTableReader.Request(port, da.get(), timeout));
    }

    /** What the current side's field shows after a read. */
    static String sourceText(String port) {
        return "phone on " + port;
    }

    static String reading(String port) {
        return "Reading the partition table of " + port + " (nothing is written to the phone)...";
    }

    static String failed(String port, String why) {
        String sentence = why.endsWith(".") ? why : why + ".";
        return "Could not read the partition table of " + port + ": " + sentence + " The current side is unchanged.";
    }

    static String cancelled(String port) {
        return "Reading the partition table of " + port + " was cancelled. The current side is unchanged.";
    }
}
