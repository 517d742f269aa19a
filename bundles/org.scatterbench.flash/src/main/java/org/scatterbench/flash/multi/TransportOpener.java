package org.scatterbench.flash.multi;

import java.io.IOException;

import org.scatterbench.transport.Transport;

/** Opens the port a job flashes (the transport registry in the product, anything in tests). */
@FunctionalInterface
public interface TransportOpener {

    Transport open(String port) throws IOException;
}
