package org.scatterbench.ui.flash;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.op.FlashReport;

/** Watches the flashes of several phones, each by its port; called from the phones' job threads. */
public interface FlashObserver {

    /** The flash on {@code port} was scheduled. */
    void started(String port);

    /** The monitor the flash on {@code port} reports to: {@code jobMonitor}, possibly wrapped. */
    IProgressMonitor monitor(String port, IProgressMonitor jobMonitor);

    /** The flash on {@code port} ended; {@code verified} when every write was read back and compared. */
    void finished(String port, FlashReport report, boolean verified);
}
