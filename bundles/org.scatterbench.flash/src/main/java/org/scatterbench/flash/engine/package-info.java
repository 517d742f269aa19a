/** A connected phone: session bring-up, partition table, safety checks before writing. */
package org.scatterbench.flash.engine;
