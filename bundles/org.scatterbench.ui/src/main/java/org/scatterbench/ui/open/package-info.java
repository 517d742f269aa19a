/** Opening things: scatter files, ROM folders, the recent-files list and the editor input for plain files. */
package org.scatterbench.ui.open;
