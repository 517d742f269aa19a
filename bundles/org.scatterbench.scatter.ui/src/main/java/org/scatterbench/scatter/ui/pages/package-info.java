/** The pages of the scatter editor: the partition table with the diagnostics list, and the source text. */
package org.scatterbench.scatter.ui.pages;
