package org.scatterbench.flash.chip;

/**
 * Which plug-in a chip needs, for the message shown when it is not installed.
 *
 * @param chipName  e.g. {@code MT6765}
 * @param pluginId  e.g. {@code org.scatterbench.chip.mt67xx}
 * @param featureId the feature to install from the update site
 */
public record DriverHint(String chipName, String pluginId, String featureId) {
}
