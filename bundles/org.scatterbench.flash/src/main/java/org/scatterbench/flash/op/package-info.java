/** Long-running device operations (flash, readback, format) driven by progress monitors and wrapped in Jobs. */
package org.scatterbench.flash.op;
