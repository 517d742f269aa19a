package org.scatterbench.ui.widgets;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;

/** Adds text columns to a table viewer whose rows are of one type. */
public final class TextColumns<T> {

    private final TableViewer viewer;
    private final Class<T> rowType;
    private final Function<T, Color> foreground;

    private TextColumns(TableViewer viewer, Class<T> rowType, Function<T, Color> foreground) {
        this.viewer = viewer;
        this.rowType = rowType;
        this.foreground = foreground;
    }

    public static <T> TextColumns<T> of(TableViewer viewer, Class<T> rowType) {
        return new TextColumns<>(viewer, rowType, row -> null);
    }

    /** Rows for which {@code foreground} gives a colour are drawn in it (e.g. broken entries in red). */
    public static <T> TextColumns<T> of(TableViewer viewer, Class<T> rowType, Function<T, Color> foreground) {
        return new TextColumns<>(viewer, rowType, foreground);
    }

    public TableViewerColumn add(String title, int width, Function<T, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(rowType.cast(element));
            }

            @Override
            public Color getForeground(Object element) {
                return foreground.apply(rowType.cast(element));
            }
        });
        return c;
    }
}
