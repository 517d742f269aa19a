/**
 * The XFlash (V5) DA as the virtual phone runs it after JUMP_DA (MTK-PROTOCOL.md section 5).
 * Device side only: it shares no code with any host.
 */
package org.scatterbench.emulator.xflash;
