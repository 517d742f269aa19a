/** The commands that talk to a phone: flash, readback, demo, device info/table, from-device. */
package org.scatterbench.cli.flash;
