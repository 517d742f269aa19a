package org.scatterbench.ui.about;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.scatterbench.ui.widgets.TextColumns;

/** Chip drivers and transports with their contributing bundles; broken contributions in red. */
public final class ContributionsTable {

    private final TableViewer viewer;

    public ContributionsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns<Contribution> columns = TextColumns.of(viewer, Contribution.class,
                c -> c.isBroken() ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        columns.add("Kind", 100, Contribution::kind);
        columns.add("Id", 160, Contribution::id);
        columns.add("Name", 260, Contribution::name);
        columns.add("Contributed by", 220, Contribution::contributor);
        columns.add("State", 400, Contribution::state);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    public TableViewer viewer() {
        return viewer;
    }

    public void setInput(List<Contribution> rows) {
        viewer.setInput(rows);
    }

}
