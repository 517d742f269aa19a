/** The Diagnostics view and the adapter interface editors implement to feed it. */
package org.scatterbench.ui.diagnostics;
