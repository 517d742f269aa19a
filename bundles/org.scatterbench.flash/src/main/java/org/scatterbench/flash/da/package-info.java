/** Download Agent container files (MTK-PROTOCOL.md section 3). */
package org.scatterbench.flash.da;
