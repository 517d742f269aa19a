package org.scatterbench.transport.registry;

import org.scatterbench.transport.AbstractTransportDriver;

/** Creates a driver on first use ({@code createExecutableExtension} in OSGi). */
@FunctionalInterface
public interface DriverFactory {

    AbstractTransportDriver create() throws Exception;
}
