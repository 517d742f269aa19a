package org.scatterbench.flash.multi;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.engine.DeviceSession;
import org.scatterbench.flash.report.RunRecorder;
import org.scatterbench.flash.report.RunStatus;

/** What to do with each connected phone. Runs on the phone's own job thread. */
@FunctionalInterface
public interface DeviceWork {

    /**
     * Does the work, recording steps into {@code recorder}.
     *
     * @return how the run ended (a refusal or failure may also be thrown as an exception)
     */
    RunStatus run(DeviceSession session, RunRecorder recorder, IProgressMonitor monitor) throws Exception;
}
