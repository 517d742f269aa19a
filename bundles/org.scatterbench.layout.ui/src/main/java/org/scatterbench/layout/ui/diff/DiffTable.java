package org.scatterbench.layout.ui.diff;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;

/** Current and new side by side, one row per partition name, coloured by change, with verdict and reason. */
public final class DiffTable {

    public static final List<String> COLUMNS = List.of("Partition", "Region", "Current start", "Current size",
            "New start", "New size", "Change", "Verdict", "Reason");

    private final TableViewer viewer;

    public DiffTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column(COLUMNS.get(0), 130, DiffRow::name, false);
        column(COLUMNS.get(1), 100, DiffRow::region, false);
        column(COLUMNS.get(2), 110, DiffRow::currentStart, false);
        column(COLUMNS.get(3), 110, DiffRow::currentSize, false);
        column(COLUMNS.get(4), 110, DiffRow::nextStart, false);
        column(COLUMNS.get(5), 110, DiffRow::nextSize, false);
        column(COLUMNS.get(6), 130, DiffRow::changeText, false);
        column(COLUMNS.get(7), 150, DiffRow::verdictText, true);
        column(COLUMNS.get(8), 480, DiffRow::reason, false);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
    }

    public TableViewer viewer() {
        return viewer;
    }

    public void show(List<DiffRow> rows) {
        viewer.setInput(rows);
    }

    private void column(String title, int width, Function<DiffRow, String> text, boolean verdictColour) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((DiffRow) element);
            }

            @Override
            public Color getBackground(Object element) {
                return ChangeColours.of(((DiffRow) element).change());
            }

            @Override
            public Color getForeground(Object element) {
                DiffRow r = (DiffRow) element;
                return verdictColour && r.verdict().isPresent() ? ChangeColours.verdict(r.verdict().get().verdict())
                        : null;
            }

            @Override
            public String getToolTipText(Object element) {
                return ((DiffRow) element).reason();
            }
        });
    }
}
