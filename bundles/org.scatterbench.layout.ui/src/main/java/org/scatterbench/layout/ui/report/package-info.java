/** Exporting a layout diff and its plan as Markdown or HTML. */
package org.scatterbench.layout.ui.report;
