/**
 * Current-vs-new layout comparison by partition name (aliases resolved), with tables, boot-area
 * entries and end-of-device reservations matched as what they are.
 */
package org.scatterbench.layout.diff;
