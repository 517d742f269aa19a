package org.scatterbench.scatter.ui.pages;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;

/**
 * The source page: the file's text. It follows the model while the user has not typed in it; what
 * the user types is re-parsed by the editor when the page is left (or saved), never per keystroke.
 */
public final class SourcePage extends FormPage {

    public static final String ID = "source";

    private final EditorContext context;
    private StyledText text;
    private String synced = "";
    private final Runnable onModelChange = this::followModel;

    public SourcePage(FormEditor editor, EditorContext context) {
        super(editor, ID, "Source");
        this.context = context;
    }

    @Override
    protected void createFormContent(IManagedForm managedForm) {
        managedForm.getForm().getBody().setLayout(new FillLayout());
        text = new StyledText(managedForm.getForm().getBody(), SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        text.setFont(JFaceResources.getTextFont());
        // the editor's dirty state includes unparsed typing: the tab's '*' and the close prompt need it now
        text.addListener(SWT.Modify, e -> getEditor().editorDirtyStateChanged());
        load();
        context.model().addListener(onModelChange);
    }

    /** Shows the model's current text, dropping what the user typed. */
    public void load() {
        if (text != null && !text.isDisposed()) {
            synced = context.model().document().text();
            text.setText(synced);
        }
    }

    /** True when the user typed something not yet parsed into the model. */
    public boolean isModified() {
        return text != null && !text.isDisposed() && !text.getText().equals(synced);
    }

    public String text() {
        return text.getText();
    }

    public StyledText widget() {
        return text;
    }

    /** Selects a 1-based line and scrolls to it. */
    public void selectLine(int line) {
        if (text == null || line < 1 || line > text.getLineCount()) {
            return;
        }
        int start = text.getOffsetAtLine(line - 1);
        int end = line < text.getLineCount() ? text.getOffsetAtLine(line) - 1 : text.getCharCount();
        text.setSelection(start, Math.max(start, end));
        text.showSelection();
    }

    private void followModel() {
        if (!isModified()) {
            load();
        }
    }

    @Override
    public void dispose() {
        context.model().removeListener(onModelChange);
        super.dispose();
    }
}
