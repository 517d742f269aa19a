/**
 * The boot ROM / preloader side of the MediaTek download protocol (MTK-PROTOCOL.md section 2):
 * handshake and big-endian commands up to JUMP_DA.
 */
package org.scatterbench.emulator.brom;
