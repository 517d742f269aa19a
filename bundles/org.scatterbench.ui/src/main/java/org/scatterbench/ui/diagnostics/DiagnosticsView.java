package org.scatterbench.ui.diagnostics;

import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.part.ViewPart;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.ui.widgets.TextColumns;

/**
 * A Problems-style list of the diagnostics of the active editor (scatter validation). Double-click
 * jumps to the partition row or source line. It follows the active editor like the Outline view.
 */
public final class DiagnosticsView extends ViewPart {

    public static final String ID = "org.scatterbench.ui.views.diagnostics";

    private TableViewer viewer;
    private Label summary;
    private DiagnosticsProvider provider;
    private final Runnable onChange = this::refresh;
    private final IPartListener2 partListener = new IPartListener2() {
        @Override
        public void partActivated(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof IEditorPart editor) {
                track(editor);
            }
        }

        @Override
        public void partClosed(IWorkbenchPartReference ref) {
            if (ref.getPart(false) instanceof IEditorPart editor
                    && editor.getAdapter(DiagnosticsProvider.class) == provider) {
                track(getSite().getPage().getActiveEditor());
            }
        }
    };

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(1, false));
        summary = new Label(parent, SWT.NONE);
        summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        viewer.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        TextColumns<Diagnostic> columns = TextColumns.of(viewer, Diagnostic.class);
        columns.add("Severity", 80, d -> d.severity().name().toLowerCase(java.util.Locale.ROOT));
        columns.add("Message", 520, Diagnostic::message);
        columns.add("Partition", 120, d -> d.partition() == null ? "" : d.partition());
        columns.add("Line", 60, d -> d.line() > 0 ? Integer.toString(d.line()) : "");
        columns.add("Code", 200, Diagnostic::code);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.addDoubleClickListener(e -> {
            Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
            if (first instanceof Diagnostic d && provider != null) {
                provider.reveal(d);
            }
        });
        getSite().getPage().addPartListener(partListener);
        track(getSite().getPage().getActiveEditor());
    }

    /** For tests: the diagnostics shown right now. */
    public List<Diagnostic> shown() {
        @SuppressWarnings("unchecked")
        List<Diagnostic> l = (List<Diagnostic>) viewer.getInput();
        return l == null ? List.of() : l;
    }

    public TableViewer viewer() {
        return viewer;
    }

    private void track(IEditorPart editor) {
        DiagnosticsProvider next = editor == null ? null : editor.getAdapter(DiagnosticsProvider.class);
        if (next == provider) {
            return;
        }
        if (provider != null) {
            provider.removeChangeListener(onChange);
        }
        provider = next;
        if (provider != null) {
            provider.addChangeListener(onChange);
        }
        refresh();
    }

    private void refresh() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<Diagnostic> list = provider == null ? List.of() : provider.diagnostics();
        viewer.setInput(list);
        long errors = list.stream().filter(Diagnostic::isError).count();
        summary.setText(provider == null ? "No scatter editor is active."
                : provider.sourceName() + ": " + errors + " errors, " + (list.size() - errors) + " other");
        summary.getParent().layout();
    }


    @Override
    public void dispose() {
        getSite().getPage().removePartListener(partListener);
        if (provider != null) {
            provider.removeChangeListener(onChange);
        }
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
