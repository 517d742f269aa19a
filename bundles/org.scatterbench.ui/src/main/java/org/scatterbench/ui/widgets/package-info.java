/** Small JFace helpers shared by the workbench's views, so every table is built the same way. */
package org.scatterbench.ui.widgets;
