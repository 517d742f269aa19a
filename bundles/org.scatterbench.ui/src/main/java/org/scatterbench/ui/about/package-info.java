/** What is installed: the About dialog and the list of Scatterbench plug-ins with their state. */
package org.scatterbench.ui.about;
