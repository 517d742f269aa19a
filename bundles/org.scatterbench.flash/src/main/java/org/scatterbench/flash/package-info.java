/** The flash engine: BROM and DA clients, the chip and DA-protocol registries, and flash operations. Shared failure type and status-code explanations live here. */
package org.scatterbench.flash;
