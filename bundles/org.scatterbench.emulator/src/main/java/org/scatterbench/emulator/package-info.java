/**
 * A virtual MediaTek phone: BROM (or preloader) plus XFlash DA over any pair of streams, backed by
 * an eMMC image file. {@link org.scatterbench.emulator.VirtualPhone} is the entry point. It is the
 * device side of the protocol and shares no protocol code with the host side (ARCHITECTURE.md).
 */
package org.scatterbench.emulator;
