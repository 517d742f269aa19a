package org.scatterbench.ui.download;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.scatterbench.layout.plan.Verdict;

/**
 * The SP-Flash-Tool-style table: check box, Name, Begin Address, End Address, Region, Location,
 * plus the planner's Verdict and Reason. A row is ticked exactly when the plan writes it.
 */
public final class PartitionTable {

    private final CheckboxTableViewer viewer;

    public PartitionTable(Composite parent, BiConsumer<PartitionRow, Boolean> onTick) {
        viewer = CheckboxTableViewer.newCheckList(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("Name", 150, PartitionRow::name);
        column("Begin Address", 150, PartitionRow::beginAddress);
        column("End Address", 150, PartitionRow::endAddress);
        column("Region", 100, PartitionRow::region);
        column("Location", 260, PartitionRow::locationText);
        TableViewerColumn verdict = column("Verdict", 150, PartitionRow::verdictText);
        verdict.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((PartitionRow) element).verdictText();
            }

            @Override
            public Color getForeground(Object element) {
                return colourOf((PartitionRow) element);
            }

            @Override
            public String getToolTipText(Object element) {
                return ((PartitionRow) element).reason();
            }
        });
        column("Reason", 420, PartitionRow::reason);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addCheckStateListener(e -> onTick.accept((PartitionRow) e.getElement(), e.getChecked()));
    }

    public CheckboxTableViewer viewer() {
        return viewer;
    }

    public void show(List<PartitionRow> rows) {
        viewer.setInput(rows);
        viewer.setCheckedElements(rows.stream()
                .filter(r -> r.verdict().map(v -> v.verdict() == Verdict.WRITTEN).orElse(false)).toArray());
    }

    private static Color colourOf(PartitionRow row) {
        Display d = Display.getCurrent();
        return row.verdict().map(v -> switch (v.verdict()) {
            case WRITTEN -> d.getSystemColor(SWT.COLOR_DARK_BLUE);
            case KEPT -> d.getSystemColor(SWT.COLOR_DARK_GREEN);
            case BACKED_UP_AND_RESTORED -> d.getSystemColor(SWT.COLOR_DARK_CYAN);
            case ERASED, LOST -> d.getSystemColor(SWT.COLOR_RED);
        }).orElse(null);
    }

    private TableViewerColumn column(String title, int width, Function<PartitionRow, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((PartitionRow) element);
            }
        });
        return c;
    }
}
