package org.scatterbench.scatter.ui.pages;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerEditor;
import org.eclipse.jface.viewers.ColumnViewerEditorActivationStrategy;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TableViewerEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ui.model.PartitionRef;
import org.scatterbench.scatter.ui.model.ScatterColumn;

/**
 * The table page: one row per partition of the selected storage section, every column editable in
 * place, rows with errors tinted, and the diagnostics list below.
 */
public final class PartitionsPage extends FormPage {

    public static final String ID = "partitions";
    /** Light red behind rows with errors; a fixed colour, since themes make the "info" colours dark. */
    private static final Color ERROR_ROW = new Color(255, 215, 215);

    private final EditorContext context;
    private final IUndoContext undoContext;
    private TableViewer table;
    private DiagnosticsTable diagnostics;
    private Combo section;
    private ScrolledForm form;
    private Storage storage;
    private Set<String> partitionsWithErrors = Set.of();
    private final Runnable onModelChange = this::refresh;

    public PartitionsPage(FormEditor editor, EditorContext context, IUndoContext undoContext) {
        super(editor, ID, "Partitions");
        this.context = context;
        this.undoContext = undoContext;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        form = managedForm.getForm();
        Composite body = form.getBody();
        body.setLayout(new GridLayout(2, false));
        new Label(body, SWT.NONE).setText("Storage section:");
        section = new Combo(body, SWT.READ_ONLY);
        section.addListener(SWT.Selection, e -> {
            storage = context.model().sections().get(section.getSelectionIndex());
            refresh();
        });
        SashForm sash = new SashForm(body, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        table = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        table.getTable().setHeaderVisible(true);
        table.getTable().setLinesVisible(true);
        for (ScatterColumn c : ScatterColumn.values()) {
            TableViewerColumn vc = new TableViewerColumn(table, SWT.NONE);
            vc.getColumn().setText(c.title());
            vc.getColumn().setWidth(c.width());
            vc.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return context.model().value((PartitionRef) element, c);
                }

                @Override
                public Color getBackground(Object element) {
                    String name = context.model().value((PartitionRef) element, ScatterColumn.NAME);
                    return partitionsWithErrors.contains(name) ? ERROR_ROW : null;
                }
            });
            vc.setEditingSupport(new FieldEditingSupport(table, context, c, form, undoContext));
        }
        TableViewerEditor.create(table, new ColumnViewerEditorActivationStrategy(table),
                ColumnViewerEditor.TABBING_HORIZONTAL | ColumnViewerEditor.TABBING_MOVE_TO_ROW_NEIGHBOR
                        | ColumnViewerEditor.KEYBOARD_ACTIVATION);
        table.setContentProvider(ArrayContentProvider.getInstance());
        diagnostics = new DiagnosticsTable(sash, context);
        sash.setWeights(3, 1);
        context.model().addListener(onModelChange);
        refresh();
    }

    /** Re-reads everything from the model: sections, rows, diagnostics. */
    public void refresh() {
        if (table == null || table.getControl().isDisposed()) {
            return;
        }
        // Save As changes the file and possibly the generation
        form.setText(context.model().file().getFileName() + " (" + context.model().document().format() + ")");
        List<Storage> sections = context.model().sections();
        if (storage == null || !sections.contains(storage)) {
            storage = sections.isEmpty() ? null : sections.get(0);
        }
        section.setItems(sections.stream().map(Storage::name).toArray(String[]::new));
        section.select(Math.max(0, sections.indexOf(storage)));
        section.setEnabled(sections.size() > 1);
        List<Diagnostic> all = context.model().diagnostics();
        partitionsWithErrors = all.stream().filter(Diagnostic::isError).map(Diagnostic::partition)
                .filter(p -> p != null).collect(Collectors.toSet());
        int n = storage == null ? 0 : context.model().partitionCount(storage);
        table.setInput(IntStream.range(0, n).mapToObj(i -> new PartitionRef(storage, i)).toList());
        diagnostics.show(all);
    }

    /** Selects and shows a partition's row. */
    public void select(PartitionRef ref) {
        if (!ref.storage().equals(storage)) {
            storage = ref.storage();
            refresh();
        }
        table.setSelection(new StructuredSelection(ref), true);
    }

    public TableViewer table() {
        return table;
    }

    public TableViewer diagnosticsViewer() {
        return diagnostics.viewer();
    }

    public ScrolledForm form() {
        return form;
    }

    @Override
    public void dispose() {
        context.model().removeListener(onModelChange);
        super.dispose();
    }
}
