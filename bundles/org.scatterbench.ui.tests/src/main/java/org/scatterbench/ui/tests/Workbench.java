package org.scatterbench.ui.tests;

import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;

/** Shortcuts to the running workbench for the tests (they run on the UI thread). */
public final class Workbench {

    private Workbench() {
    }

    public static IWorkbenchWindow window() {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        return w != null ? w : PlatformUI.getWorkbench().getWorkbenchWindows()[0];
    }

    public static IWorkbenchPage page() {
        return window().getActivePage();
    }

    public static <T extends IViewPart> T show(String id, Class<T> type) throws PartInitException {
        return type.cast(page().showView(id));
    }

    /**
     * Runs a command the way a menu item or key binding does. Global action handlers (undo, redo)
     * update their enablement in an asyncExec after the history changes, so the event loop runs
     * until the command is enabled.
     */
    public static Object command(String id) throws ExecutionException, NotDefinedException, NotEnabledException,
            NotHandledException {
        IHandlerService handlers = window().getService(IHandlerService.class);
        long deadline = System.currentTimeMillis() + 5_000;
        while (true) {
            try {
                return handlers.executeCommand(id, null);
            } catch (NotEnabledException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                UiTestSupport.settle(20);
            }
        }
    }
}
