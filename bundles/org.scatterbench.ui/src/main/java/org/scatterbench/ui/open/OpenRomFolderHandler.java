package org.scatterbench.ui.open;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open ROM Folder...: the unpacked firmware with its scatter file and images. */
public final class OpenRomFolderHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        DirectoryDialog dialog = new DirectoryDialog(window.getShell());
        dialog.setText("Open ROM Folder");
        dialog.setMessage("Choose the folder of an unpacked ROM (it holds the scatter file and the images).");
        String chosen = dialog.open();
        if (chosen != null) {
            new Opener(window.getActivePage()).openRomFolder(Path.of(chosen));
        }
        return null;
    }
}
