package org.scatterbench.ui.open;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Opens one entry of File > Open Recent; the path comes as the command parameter {@value #PATH}. */
public final class OpenRecentHandler extends AbstractHandler {

    public static final String COMMAND_ID = "org.scatterbench.ui.commands.openRecent";
    public static final String PATH = "org.scatterbench.ui.commands.openRecent.path";

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        String path = event.getParameter(PATH);
        if (path == null) {
            throw new ExecutionException("Open Recent needs the parameter " + PATH);
        }
        new Opener(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage()).open(Path.of(path));
        return null;
    }
}
