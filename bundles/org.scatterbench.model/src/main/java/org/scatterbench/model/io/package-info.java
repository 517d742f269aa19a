/**
 * Writing output files all-or-nothing, so a failed or interrupted command never leaves a half
 * file, a clobbered neighbour or a replaced device node behind, and says why in words.
 */
package org.scatterbench.model.io;
