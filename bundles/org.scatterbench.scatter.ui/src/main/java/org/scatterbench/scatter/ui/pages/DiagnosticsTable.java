package org.scatterbench.scatter.ui.pages;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.scatterbench.model.Diagnostic;

/** The editor's own list of diagnostics under the partition table; double-click jumps to the row or line. */
final class DiagnosticsTable {

    private final TableViewer viewer;

    DiagnosticsTable(Composite parent, EditorContext context) {
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        column("", 70, d -> d.severity().name().toLowerCase(Locale.ROOT));
        column("Line", 50, d -> d.line() > 0 ? Integer.toString(d.line()) : "");
        column("Partition", 120, d -> d.partition() == null ? "" : d.partition());
        column("Message", 640, Diagnostic::message);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Diagnostic d) {
                context.reveal(d);
            }
        });
    }

    TableViewer viewer() {
        return viewer;
    }

    void show(List<Diagnostic> diagnostics) {
        viewer.setInput(diagnostics);
    }

    private void column(String title, int width, Function<Diagnostic, String> text) {
        TableViewerColumn c = new TableViewerColumn(viewer, SWT.NONE);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Diagnostic) element);
            }
        });
    }
}
