package org.scatterbench.ui.device;

/**
 * One line of the Device view: a detected port, a virtual phone, or the waiting state.
 *
 * @param portSpec what a transport opens (empty for the waiting line)
 * @param kind     "USB", "serial", "virtual phone", ...
 * @param mode     BROM, preloader, or a plain-language state
 * @param details  chip, storage, driver, notes
 */
public record DeviceRow(String portSpec, String kind, String mode, String details) {
}
