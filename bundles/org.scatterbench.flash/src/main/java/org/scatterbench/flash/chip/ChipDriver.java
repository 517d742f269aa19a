package org.scatterbench.flash.chip;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.scatterbench.flash.protocol.DaClientFactory;

/**
 * The plain-Java form of a chip-driver plug-in's contributions, used when no Eclipse extension
 * registry runs (unit tests, {@code dev/cli}). In OSGi the same facts come from plugin.xml.
 * A plug-in provides it either through {@link java.util.ServiceLoader} or as the class
 * {@code <plug-in id>.ChipDriverEntry} with a public no-argument constructor.
 */
public interface ChipDriver {

    /** The contributing plug-in's id, e.g. {@code org.scatterbench.chip.mt67xx}. */
    String pluginId();

    List<ChipDescriptor> chips();

    /** DA protocol id to a factory supplier (called only when a chip of that protocol connects). */
    Map<String, Supplier<DaClientFactory>> protocols();
}
