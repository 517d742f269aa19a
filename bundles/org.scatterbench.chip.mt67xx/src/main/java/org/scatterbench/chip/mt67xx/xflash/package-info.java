/** The host side of the XFlash ("V5") Download Agent protocol, written from MTK-PROTOCOL.md section 5. */
package org.scatterbench.chip.mt67xx.xflash;
