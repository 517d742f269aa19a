/** The graphical storage map: current and new layouts as bars to scale, per region. */
package org.scatterbench.layout.ui.map;
