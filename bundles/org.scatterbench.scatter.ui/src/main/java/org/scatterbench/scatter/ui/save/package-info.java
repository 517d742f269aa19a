/** Saving scatter files: atomic writes and Save As in another generation. */
package org.scatterbench.scatter.ui.save;
