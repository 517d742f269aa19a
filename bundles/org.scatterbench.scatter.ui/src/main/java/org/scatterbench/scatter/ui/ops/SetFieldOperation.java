package org.scatterbench.scatter.ui.ops;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.operations.AbstractOperation;
import org.eclipse.core.commands.operations.IUndoContext;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.scatterbench.scatter.ui.model.PartitionRef;
import org.scatterbench.scatter.ui.model.ScatterModel;

/**
 * One cell edit: sets a field of a partition through the document's edit API, and undoes it by
 * setting the value it returned. Changes the model only; the pages redraw from model events.
 */
public final class SetFieldOperation extends AbstractOperation {

    private final ScatterModel model;
    private final PartitionRef ref;
    private final String field;
    private final String value;
    private String previous;

    public SetFieldOperation(ScatterModel model, PartitionRef ref, String field, String value, IUndoContext context) {
        super("Set " + field);
        this.model = model;
        this.ref = ref;
        this.field = field;
        this.value = value;
        addContext(context);
    }

    @Override
    public IStatus execute(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            previous = model.setField(ref, field, value);
            return Status.OK_STATUS;
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }

    @Override
    public IStatus redo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        return execute(monitor, info);
    }

    @Override
    public IStatus undo(IProgressMonitor monitor, IAdaptable info) throws ExecutionException {
        try {
            model.setField(ref, field, previous);
            return Status.OK_STATUS;
        } catch (IllegalArgumentException e) {
            throw new ExecutionException(e.getMessage(), e);
        }
    }
}
