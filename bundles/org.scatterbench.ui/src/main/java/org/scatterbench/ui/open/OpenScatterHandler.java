package org.scatterbench.ui.open;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.handlers.HandlerUtil;

/** File > Open Scatter File... */
public final class OpenScatterHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Scatter File");
        dialog.setFilterExtensions(new String[] { "*scatter*.txt;*scatter*.xml", "*.txt;*.xml", "*" });
        dialog.setFilterNames(new String[] { "Scatter files", "Text and XML", "All files" });
        String chosen = dialog.open();
        if (chosen != null) {
            new Opener(window.getActivePage()).openScatter(Path.of(chosen));
        }
        return null;
    }
}
