package org.scatterbench.ui.about;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/** Chip drivers and transports with their contributing bundles; broken contributions in red. */
public final class ContributionsTable {

    private final TableViewer viewer;

    public ContributionsTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Kind", 100, Contribution::kind);
        column("Id", 160, Contribution::id);
        column("Name", 260, Contribution::name);
        column("Contributed by", 220, Contribution::contributor);
        column("State", 400, Contribution::state);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    public TableViewer viewer() {
        return viewer;
    }

    public void setInput(List<Contribution> rows) {
        viewer.setInput(rows);
    }

    private void column(String title, int width, Function<Contribution, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Contribution) element);
            }

            @Override
            public Color getForeground(Object element) {
                return ((Contribution) element).isBroken()
                        ? viewer.getControl().getDisplay().getSystemColor(SWT.COLOR_RED) : null;
            }
        });
    }
}
