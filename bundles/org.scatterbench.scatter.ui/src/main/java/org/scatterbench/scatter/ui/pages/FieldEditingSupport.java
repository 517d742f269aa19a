package org.scatterbench.scatter.ui.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.scatter.ui.model.PartitionRef;
import org.scatterbench.scatter.ui.model.ScatterColumn;
import org.scatterbench.scatter.ui.ops.SetFieldOperation;

/**
 * In-place editing of one column. While the user types, the candidate value is validated on a copy
 * of the document by the core validator and the result shown in the form header; values the
 * document cannot hold at all are not committed. A commit is a {@link SetFieldOperation}.
 */
final class FieldEditingSupport extends EditingSupport {

    private final EditorContext context;
    private final ScatterColumn column;
    private final CellEditor editor;
    private final ScrolledForm form;
    private final IUndoContext undoContext;
    private PartitionRef editing;

    FieldEditingSupport(TableViewer viewer, EditorContext context, ScatterColumn column, ScrolledForm form,
            IUndoContext undoContext) {
        super(viewer);
        this.context = context;
        this.column = column;
        this.form = form;
        this.undoContext = undoContext;
        if (column.choices().isEmpty()) {
            TextCellEditor text = new TextCellEditor(viewer.getTable());
            ((Text) text.getControl()).addListener(SWT.Modify, e -> preview(((Text) text.getControl()).getText()));
            text.setValidator(v -> rejection(String.valueOf(v)));
            editor = text;
        } else {
            editor = new ComboBoxCellEditor(viewer.getTable(), column.choices().toArray(String[]::new), SWT.READ_ONLY);
        }
    }

    @Override
    protected CellEditor getCellEditor(Object element) {
        editing = (PartitionRef) element;
        if (editor instanceof ComboBoxCellEditor combo) {
            combo.setItems(choicesFor(context.model().value(editing, column)).toArray(String[]::new));
        }
        return editor;
    }

    @Override
    protected boolean canEdit(Object element) {
        return true;
    }

    @Override
    protected Object getValue(Object element) {
        String v = context.model().value((PartitionRef) element, column);
        if (column.choices().isEmpty()) {
            return v;
        }
        return Math.max(choicesFor(v).indexOf(v), 0);
    }

    /** An untouched cell must commit its own value, even one the list does not know (BOOTLOADER, say). */
    private List<String> choicesFor(String current) {
        if (column.choices().contains(current)) {
            return column.choices();
        }
        List<String> l = new ArrayList<>(column.choices());
        l.add(current);
        return List.copyOf(l);
    }

    @Override
    protected void setValue(Object element, Object value) {
        if (value instanceof Integer i && i < 0) {
            return; // nothing chosen
        }
        String text = value instanceof Integer i ? choicesFor(context.model().value((PartitionRef) element, column)).get(i)
                : String.valueOf(value);
        PartitionRef ref = (PartitionRef) element;
        form.setMessage(null, IMessageProvider.NONE);
        if (text.equals(context.model().value(ref, column))) {
            return;
        }
        context.execute(new SetFieldOperation(context.model(), ref, column.field(), text, undoContext));
    }

    /** Why the document cannot hold {@code candidate} at all, or null: such values are not committed. */
    private String rejection(String candidate) {
        if (editing == null) {
            return null;
        }
        try {
            context.model().preview(editing, column.field(), candidate);
            return null;
        } catch (IllegalArgumentException | java.io.IOException e) {
            return e.getMessage();
        }
    }

    private void preview(String candidate) {
        if (editing == null) {
            return;
        }
        try {
            List<Diagnostic> fresh = context.model().preview(editing, column.field(), candidate);
            if (fresh.isEmpty()) {
                form.setMessage(null, IMessageProvider.NONE);
            } else {
                Diagnostic first = fresh.get(0);
                form.setMessage((first.partition() == null ? "" : first.partition() + ": ") + first.message()
                        + (fresh.size() > 1 ? " (+" + (fresh.size() - 1) + " more)" : ""), IMessageProvider.WARNING);
            }
        } catch (IllegalArgumentException e) {
            form.setMessage(e.getMessage(), IMessageProvider.ERROR);
        } catch (java.io.IOException e) {
            form.setMessage(e.getMessage(), IMessageProvider.ERROR);
        }
    }
}
