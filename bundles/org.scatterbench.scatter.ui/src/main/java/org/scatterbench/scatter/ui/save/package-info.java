/** Saving scatter files: Save As in another generation (the writes themselves go through AtomicOutput). */
package org.scatterbench.scatter.ui.save;
