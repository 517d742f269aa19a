/**
 * The MT67xx/MT68xx chip-driver plug-in: the chip table and the XFlash (V5) DA protocol,
 * contributed to {@code org.scatterbench.flash.chips} and {@code org.scatterbench.flash.daProtocols}.
 */
package org.scatterbench.chip.mt67xx;
