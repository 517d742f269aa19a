package org.scatterbench.scatter.ui.ops;

import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ui.model.ScatterModel;

/** A source-page edit, applied when the page is left: swaps the re-parsed document in, and back on undo. */
public final class ReplaceDocumentOperation extends AbstractOperation {

    private final ScatterModel model;
    private final ScatterDocument next;
    private ScatterDocument previous;

    public ReplaceDocumentOperation(ScatterModel model, ScatterDocument next, IUndoContext context) {
        super("Edit Source");
        this.model = model;
        this.next = next;
        addContext(context);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) {
        previous = model.replace(next);
        return Status.OK_STATUS;
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) {
        model.replace(previous);
        return Status.OK_STATUS;
    }
}
