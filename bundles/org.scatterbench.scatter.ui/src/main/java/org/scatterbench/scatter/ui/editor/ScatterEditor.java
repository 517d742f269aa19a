package org.scatterbench.scatter.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.IOperationApprover;
import org.eclipse.core.commands.operations.IOperationHistory;
import org.eclipse.core.commands.operations.IUndoableOperation;
import org.eclipse.core.commands.operations.ObjectUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.operations.RedoActionHandler;
import org.eclipse.ui.operations.UndoActionHandler;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.model.io.AtomicOutput;
import org.scatterbench.scatter.ScatterConversionException;
import org.scatterbench.scatter.ScatterConverter;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterFormat;
import org.scatterbench.scatter.ScatterReadException;
import org.scatterbench.scatter.ui.model.PartitionRef;
import org.scatterbench.scatter.ui.model.ScatterModel;
import org.scatterbench.scatter.ui.ops.ReplaceDocumentOperation;
import org.scatterbench.scatter.ui.pages.EditorContext;
import org.scatterbench.scatter.ui.pages.PartitionsPage;
import org.scatterbench.scatter.ui.pages.SourcePage;
import org.scatterbench.scatter.ui.save.SaveAsDialog;
import org.scatterbench.ui.diagnostics.DiagnosticsProvider;
import org.scatterbench.ui.open.PathEditorInput;

/**
 * The scatter editor: a partition table page and a source page over one lossless ScatterDocument.
 * Every edit is an undoable operation in this editor's undo context of the workbench history; the
 * source text is re-parsed when its page is left or the file is saved.
 */
public final class ScatterEditor extends FormEditor implements EditorContext {

    public static final String ID = "org.scatterbench.scatter.ui.editor";

    private final ObjectUndoContext undoContext = new ObjectUndoContext(this, "Scatter editor");
    private ScatterModel model;
    private PartitionsPage partitions;
    private SourcePage source;
    private EditorDiagnostics diagnosticsAdapter;
    private int sourceIndex = -1;
    /** The page shown before a page change: FormEditor keeps its own private. */
    private int shownPage;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof IPathEditorInput pathInput)) {
            throw new PartInitException("The scatter editor opens files, not " + input.getName());
        }
        Path file = pathInput.getPath().toPath();
        try {
            model = ScatterModel.read(file);
        } catch (ScatterReadException e) {
            throw new PartInitException(e.getMessage(), e);
        }
        super.init(site, input);
        setPartName(input.getName());
        diagnosticsAdapter = new EditorDiagnostics(this);
        model.addListener(() -> firePropertyChange(PROP_DIRTY));
        history().setLimit(undoContext, 500);
    }

    @Override
    protected void addPages() {
        partitions = new PartitionsPage(this, this, undoContext);
        source = new SourcePage(this, this);
        try {
            addPage(partitions);
            sourceIndex = addPage(source);
        } catch (PartInitException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    @Override
    protected void createPages() {
        super.createPages();
        IActionBars bars = getEditorSite().getActionBars();
        bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), new UndoActionHandler(getSite(), undoContext));
        bars.setGlobalActionHandler(ActionFactory.REDO.getId(), new RedoActionHandler(getSite(), undoContext));
        bars.updateActionBars();
        history().addOperationApprover(sourceFirst);
    }

    /**
     * Before an undo or redo of this editor, typing not yet parsed becomes an "Edit Source"
     * operation: otherwise the undo would change the model under a stale text, and leaving the page
     * would parse that text and bring the undone edit back. An undo then takes back that typing
     * itself (the most recent edit); text that does not parse stops the undo with its error shown.
     */
    private final IOperationApprover sourceFirst = new IOperationApprover() {
        @Override
        public IStatus proceedUndoing(IUndoableOperation op, IOperationHistory history, IAdaptable info) {
            return flushSourceBefore(op, true);
        }

        @Override
        public IStatus proceedRedoing(IUndoableOperation op, IOperationHistory history, IAdaptable info) {
            return flushSourceBefore(op, false);
        }
    };

    private IStatus flushSourceBefore(IUndoableOperation op, boolean undo) {
        if (!op.hasContext(undoContext) || source == null || !source.isModified()) {
            return Status.OK_STATUS;
        }
        if (!applySource()) {
            setActivePage(sourceIndex);
            return Status.CANCEL_STATUS;
        }
        if (undo) {
            try {
                history().undo(undoContext, null, null);
            } catch (ExecutionException e) {
                source.getManagedForm().getForm().setMessage(e.getMessage(), IMessageProvider.ERROR);
            }
        }
        // the operation asked for is no longer the latest one (undo) or was flushed from the redo stack
        return Status.CANCEL_STATUS;
    }

    @Override
    protected void pageChange(int newPageIndex) {
        if (shownPage == sourceIndex && newPageIndex != sourceIndex && !applySource()) {
            setActivePage(sourceIndex);
            return;
        }
        super.pageChange(newPageIndex);
        shownPage = newPageIndex;
    }

    /** Parses what the user typed on the source page into the model; false (and a message) on a parse error. */
    private boolean applySource() {
        if (source == null || !source.isModified()) {
            return true;
        }
        try {
            ScatterDocument parsed = model.parseText(source.text());
            execute(new ReplaceDocumentOperation(model, parsed, undoContext));
            source.load();
            source.getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
            return true;
        } catch (ScatterReadException e) {
            source.getManagedForm().getForm().setMessage(e.getMessage(), IMessageProvider.ERROR);
            return false;
        }
    }

    @Override
    public boolean isDirty() {
        return model != null && (model.isDirty() || (source != null && source.isModified()));
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (!applySource()) {
            monitor.setCanceled(true);
            return;
        }
        try {
            if (model.changedOnDisk()) {
                monitor.setCanceled(true);
                String why = model.file().getFileName() + " was changed on disk by another program since it was "
                        + "opened or saved here, so it was not overwritten. Use Save As to write this version, "
                        + "or close without saving and reopen the file.";
                partitions.form().setMessage(why, IMessageProvider.ERROR);
                if (source.getManagedForm() != null) {
                    source.getManagedForm().getForm().setMessage(why, IMessageProvider.ERROR);
                }
                return;
            }
            AtomicOutput.write(model.file(), model.document().toBytes());
            model.saved(model.file(), model.document());
        } catch (IOException e) {
            monitor.setCanceled(true);
            MessageDialog.openError(getSite().getShell(), "Save", e.getMessage());
        }
    }

    @Override
    public boolean isSaveAsAllowed() {
        return true;
    }

    @Override
    public void doSaveAs() {
        if (!applySource()) {
            return;
        }
        SaveAsDialog dialog = new SaveAsDialog(getSite().getShell(), model.file(), model.document().format());
        if (dialog.open() == Window.OK) {
            try {
                saveAs(dialog.chosenFile(), dialog.chosenFormat());
            } catch (IOException | ScatterConversionException e) {
                MessageDialog.openError(getSite().getShell(), "Save As", e.getMessage());
            }
        }
    }

    /**
     * Writes the document to {@code target} in {@code format} (converted by ScatterConverter when it
     * differs) and continues editing the new file.
     */
    public void saveAs(Path target, ScatterFormat format) throws IOException, ScatterConversionException {
        ScatterDocument doc = model.document();
        boolean converts = format != doc.format();
        byte[] bytes = converts ? ScatterConverter.convert(doc, format).toBytes() : doc.toBytes();
        AtomicOutput.write(target, bytes);
        if (converts) {
            // the history holds documents of the old generation: undoing one would put, say, V1 text
            // into the new .xml file
            history().dispose(undoContext, true, true, false);
        }
        model.saved(target, ScatterFiles.read(target));
        setInputWithNotify(new PathEditorInput(target));
        setPartName(target.getFileName().toString());
        source.load();
    }

    @Override
    public ScatterModel model() {
        return model;
    }

    @Override
    public void execute(IUndoableOperation op) {
        try {
            history().execute(op, null, null);
        } catch (ExecutionException e) {
            partitions.form().setMessage(e.getMessage(), IMessageProvider.ERROR);
        }
    }

    @Override
    public void reveal(Diagnostic d) {
        getSite().getPage().activate(this);
        Optional<PartitionRef> ref = d.partition() == null ? Optional.empty() : model.find(d.partition());
        if (ref.isPresent()) {
            setActivePage(PartitionsPage.ID);
            partitions.select(ref.get());
        } else if (d.line() > 0) {
            setActivePage(SourcePage.ID);
            source.selectLine(d.line());
        }
    }

    public PartitionsPage partitionsPage() {
        return partitions;
    }

    public SourcePage sourcePage() {
        return source;
    }

    public ObjectUndoContext undoContext() {
        return undoContext;
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == DiagnosticsProvider.class) {
            return adapter.cast(diagnosticsAdapter);
        }
        return super.getAdapter(adapter);
    }

    private static IOperationHistory history() {
        return PlatformUI.getWorkbench().getOperationSupport().getOperationHistory();
    }

    @Override
    public void dispose() {
        history().removeOperationApprover(sourceFirst);
        history().dispose(undoContext, true, true, true);
        super.dispose();
    }
}
