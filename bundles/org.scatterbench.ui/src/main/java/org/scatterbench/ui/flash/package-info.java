/** Running a flash from the workbench: the user Job around the engine's FlashOperation and its report. */
package org.scatterbench.ui.flash;
