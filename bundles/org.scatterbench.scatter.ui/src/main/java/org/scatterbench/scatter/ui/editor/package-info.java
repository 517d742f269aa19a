/** The scatter editor: a FormEditor with a partition table page and a source page. */
package org.scatterbench.scatter.ui.editor;
