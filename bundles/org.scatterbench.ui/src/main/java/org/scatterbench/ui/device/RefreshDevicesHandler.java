package org.scatterbench.ui.device;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Device > Refresh: lists the ports again. */
public final class RefreshDevicesHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            ((DeviceView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(DeviceView.ID))
                    .refresh();
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
