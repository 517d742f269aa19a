package org.scatterbench.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.scatterbench.ui.FlashPerspective;
import org.scatterbench.ui.about.AboutScatterbenchDialog;

/** The workbench starts as Scatterbench, shows running Jobs in the Progress view and lists its plug-ins. */
public class WorkbenchSmokeTest {

    private static IWorkbenchWindow window() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow();
    }

    @Test
    public void windowIsScatterbenchInTheFlashPerspective() {
        Shell shell = window().getShell();
        assertThat(shell.getText()).contains("Scatterbench");
        assertThat(window().getActivePage().getPerspective().getId()).isEqualTo(FlashPerspective.ID);
    }

    @Test
    public void aRealJobIsListedInTheProgressViewWhileItRuns() throws PartInitException, InterruptedException {
        IWorkbenchPage page = window().getActivePage();
        IViewPart progress = page.showView(FlashPerspective.PROGRESS_VIEW_ID);
        assertThat(progress).isNotNull();

        String jobName = "Smoke test job " + System.nanoTime();
        CountDownLatch release = new CountDownLatch(1);
        Job job = new Job(jobName) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                monitor.beginTask("Waiting for the test", IProgressMonitor.UNKNOWN);
                try {
                    while (!release.await(50, TimeUnit.MILLISECONDS)) {
                        if (monitor.isCanceled()) {
                            return Status.CANCEL_STATUS;
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return Status.OK_STATUS;
            }
        };
        job.setUser(false);
        job.schedule();
        try {
            Shell shell = window().getShell();
            // search only inside the Progress view's own control, and only visible labels
            Control viewControl = (Control) progress.getSite().getService(MPart.class).getWidget();
            UiTestSupport.waitUntil("the job to appear in the Progress view", 20_000,
                    () -> UiTestSupport.find(viewControl, Label.class,
                            l -> l.isVisible() && l.getText().contains(jobName)) != null);
            UiTestSupport.settle(300);
            UiTestSupport.screenshot(shell, "workbench-progress");
        } finally {
            release.countDown();
        }
        assertThat(job.join(20_000, null)).isTrue();
        assertThat(job.getResult().isOK()).isTrue();
    }

    @Test
    public void aboutDialogListsTheInstalledScatterbenchPlugins() {
        AboutScatterbenchDialog dialog = new AboutScatterbenchDialog(window().getShell());
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            Table table = dialog.table().viewer().getTable();
            UiTestSupport.settle(200);
            StringBuilder ids = new StringBuilder();
            for (int i = 0; i < table.getItemCount(); i++) {
                ids.append(table.getItem(i).getText(1)).append('\n');
            }
            assertThat(ids.toString()).contains("org.scatterbench.ui", "org.scatterbench.model",
                    "org.scatterbench.chip.mt67xx");
            UiTestSupport.screenshot(dialog.getShell(), "about-dialog");
        } finally {
            dialog.close();
        }
    }
}
