/**
 * The Device view: detected ports and phones, the virtual phone hosted in-process, and reading a
 * phone's partition table (for the Layout Diff view's "From phone").
 */
package org.scatterbench.ui.device;
