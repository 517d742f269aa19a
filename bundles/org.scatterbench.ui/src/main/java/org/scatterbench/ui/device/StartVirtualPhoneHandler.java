package org.scatterbench.ui.device;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Device > Start Virtual Phone: shows the Device view and starts one. */
public final class StartVirtualPhoneHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            DeviceView view = (DeviceView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(DeviceView.ID);
            view.startVirtualPhone();
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
