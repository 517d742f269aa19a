/** The identities a virtual phone can report, per chip. */
package org.scatterbench.emulator.chip;
