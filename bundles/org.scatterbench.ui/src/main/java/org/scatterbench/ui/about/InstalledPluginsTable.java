package org.scatterbench.ui.about;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.scatterbench.ui.widgets.TextColumns;

/** A table of installed Scatterbench plug-ins, shared by the About dialog and the Plug-ins view. */
public final class InstalledPluginsTable {

    private final TableViewer viewer;

    public InstalledPluginsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns<InstalledPlugin> columns = TextColumns.of(viewer, InstalledPlugin.class);
        columns.add("Plug-in", 260, InstalledPlugin::name);
        columns.add("Id", 260, InstalledPlugin::symbolicName);
        columns.add("Version", 150, InstalledPlugin::version);
        columns.add("State", 200, InstalledPlugin::state);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    public TableViewer viewer() {
        return viewer;
    }

    public void setInput(List<InstalledPlugin> plugins) {
        viewer.setInput(plugins);
    }

}
