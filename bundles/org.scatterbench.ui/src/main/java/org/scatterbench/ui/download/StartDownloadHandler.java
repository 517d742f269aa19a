package org.scatterbench.ui.download;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Device > Start Download: the Download view's Start button, with the same refusal rules. */
public final class StartDownloadHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            DownloadView view = (DownloadView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(DownloadView.ID);
            view.start();
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
