package org.scatterbench.scatter.ui.pages;

import org.eclipse.core.commands.operations.IUndoableOperation;
import org.scatterbench.model.Diagnostic;
import org.scatterbench.scatter.ui.model.ScatterModel;

/** What the pages need from their editor: the model, a way to run an undoable edit, and navigation. */
public interface EditorContext {

    ScatterModel model();

    /** Runs {@code op} through the workbench operation history in the editor's undo context. */
    void execute(IUndoableOperation op);

    /** Selects the row or line a diagnostic is about. */
    void reveal(Diagnostic d);
}
