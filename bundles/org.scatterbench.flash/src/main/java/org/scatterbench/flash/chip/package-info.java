/** The chips and DA protocols chip-driver plug-ins contribute, and hints for missing drivers. */
package org.scatterbench.flash.chip;
