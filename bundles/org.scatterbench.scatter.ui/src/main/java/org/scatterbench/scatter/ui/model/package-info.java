/** The scatter editor's model: the core document, its diagnostics and dirty state. */
package org.scatterbench.scatter.ui.model;
