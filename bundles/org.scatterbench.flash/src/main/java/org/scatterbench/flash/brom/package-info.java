/** The host side of the MediaTek BROM/preloader protocol (MTK-PROTOCOL.md section 2). */
package org.scatterbench.flash.brom;
