/** The Layout Diff view: current vs new aligned by partition name, with the planner's verdicts. */
package org.scatterbench.layout.ui.diff;
