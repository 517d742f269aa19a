package org.scatterbench.ui.about;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

/** Handler of the {@code org.scatterbench.ui.commands.about} command. */
public final class AboutHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        new AboutScatterbenchDialog(HandlerUtil.getActiveShell(event)).open();
        return null;
    }
}
