/** Undoable edits of the scatter editor, executed through the workbench operation history. */
package org.scatterbench.scatter.ui.ops;
