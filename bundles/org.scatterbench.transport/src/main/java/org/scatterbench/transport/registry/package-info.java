/**
 * The {@code org.scatterbench.transport.drivers} extension point and its registry: contributions are
 * read as plain values ({@link org.scatterbench.transport.registry.DriverElement}), validated
 * ({@link org.scatterbench.transport.registry.DriverContributionParser}) and wrapped in lazy
 * {@link org.scatterbench.transport.registry.DriverHandle}s; without OSGi the drivers on the class path
 * are used instead. Start at {@link org.scatterbench.transport.registry.TransportRegistry#standard()}.
 */
package org.scatterbench.transport.registry;
