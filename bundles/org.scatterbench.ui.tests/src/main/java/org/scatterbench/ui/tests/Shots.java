package org.scatterbench.ui.tests;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;

/** Screenshots of one part, maximized in a maximized window, so the picture shows the part and not its neighbours. */
public final class Shots {

    private Shots() {
    }

    public static void ofPart(IWorkbenchPart part, String name) {
        IWorkbenchPage page = Workbench.page();
        Shell shell = Workbench.window().getShell();
        IWorkbenchPartReference ref = page.getReference(part);
        boolean wasMaximized = shell.getMaximized();
        shell.setMaximized(true);
        page.setPartState(ref, IWorkbenchPage.STATE_MAXIMIZED);
        UiTestSupport.settle(400);
        try {
            UiTestSupport.screenshot(shell, name);
        } finally {
            page.setPartState(ref, IWorkbenchPage.STATE_RESTORED);
            shell.setMaximized(wasMaximized);
            UiTestSupport.settle(100);
        }
    }

    public static void ofWindow(String name) {
        Shell shell = Workbench.window().getShell();
        shell.setMaximized(true);
        UiTestSupport.settle(400);
        UiTestSupport.screenshot(shell, name);
    }
}
