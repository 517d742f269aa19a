package org.scatterbench.ui.about;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/** A table of installed Scatterbench plug-ins, shared by the About dialog and the Plug-ins view. */
public final class InstalledPluginsTable {

    private final TableViewer viewer;

    public InstalledPluginsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Plug-in", 260, InstalledPlugin::name);
        column("Id", 260, InstalledPlugin::symbolicName);
        column("Version", 150, InstalledPlugin::version);
        column("State", 200, InstalledPlugin::state);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    public TableViewer viewer() {
        return viewer;
    }

    public void setInput(List<InstalledPlugin> plugins) {
        viewer.setInput(plugins);
    }

    private void column(String title, int width, Function<InstalledPlugin, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((InstalledPlugin) element);
            }
        });
    }
}
