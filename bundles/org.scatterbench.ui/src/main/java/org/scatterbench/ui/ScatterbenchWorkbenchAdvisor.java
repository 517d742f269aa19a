package org.scatterbench.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.scatterbench.flash.op.DeviceJob;
import org.scatterbench.flash.op.DeviceRule;

/** Opens the Flash perspective and remembers the user's window layout between runs. */
public final class ScatterbenchWorkbenchAdvisor extends WorkbenchAdvisor {

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        super.initialize(configurer);
        configurer.setSaveAndRestore(true);
    }

    /**
     * Closing the workbench while a flash runs would stop it mid-write, and with it the restores a
     * stopped flash still owes the phone (a backed-up nvram): refuse, and say what to do.
     */
    @Override
    public boolean preShutdown() {
        List<String> ports = new ArrayList<>();
        for (Job j : Job.getJobManager().find(null)) {
            if (j instanceof DeviceJob && j.getState() != Job.NONE && j.getRule() instanceof DeviceRule r) {
                ports.add(r.port());
            }
        }
        if (ports.isEmpty()) {
            return super.preShutdown();
        }
        Shell shell = getWorkbenchConfigurer().getWorkbench().getDisplay().getActiveShell();
        MessageDialog.openWarning(shell, "Flash in progress", "Scatterbench is still working on " + String.join(", ", ports)
                + ". Closing now would cut a write in half and skip the restores a stopped flash still owes the phone."
                + " Wait for the flash to end, or press Stop in the Download view and wait until it has ended, then"
                + " close.");
        return false;
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return FlashPerspective.ID;
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ScatterbenchWindowAdvisor(configurer);
    }
}
