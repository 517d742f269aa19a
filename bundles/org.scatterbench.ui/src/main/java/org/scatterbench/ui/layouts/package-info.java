/** Reading a layout from a scatter file or a partition-table dump, for the views that compare and plan. */
package org.scatterbench.ui.layouts;
