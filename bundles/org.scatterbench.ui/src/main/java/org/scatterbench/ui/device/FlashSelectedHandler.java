package org.scatterbench.ui.device;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Device > Flash Selected Phones: the Device view's Flash selected button, with the same refusals. */
public final class FlashSelectedHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            DeviceView view = (DeviceView) HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage()
                    .showView(DeviceView.ID);
            view.flashSelected();
        } catch (PartInitException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
        return null;
    }
}
