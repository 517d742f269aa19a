package org.scatterbench.flash.backup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.flash.report.RecordedPlanRunner;
import org.scatterbench.flash.report.RecordingObserver;
import org.scatterbench.flash.report.RunRecorder;

/** Writes a checked {@link RestorePlan} to the phone, recording every step. */
public final class RestoreService {

    private RestoreService() {
    }

    /**
     * @param verify read each restored range back and compare its SHA-256 with the backup's
     */
    public static void restore(DaClient da, RestorePlan plan, boolean verify, RunRecorder recorder,
            IProgressMonitor monitor) throws FlashException {
        recorder.plan(plan.record());
        recorder.note("restored from " + plan.set().folder().toAbsolutePath());
        Map<Path, String> sha256 = new HashMap<>();
        for (BackupEntry e : plan.set().entries()) {
            sha256.put(plan.set().folder().resolve(e.file()), plan.set().hashes().get(e.file()));
        }
        new RecordedPlanRunner(da, plan.fence(), verify, new RecordingObserver(recorder)).writingFilesAsTheyAre(sha256)
                .run(plan.steps(), monitor);
    }
}
