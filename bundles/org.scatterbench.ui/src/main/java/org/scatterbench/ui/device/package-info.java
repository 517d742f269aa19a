/** The Device view: detected ports and phones, and the virtual phone hosted in-process. */
package org.scatterbench.ui.device;
