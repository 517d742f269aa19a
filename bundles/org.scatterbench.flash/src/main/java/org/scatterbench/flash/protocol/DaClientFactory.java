package org.scatterbench.flash.protocol;

/**
 * Creates the host side of one DA protocol dialect. Contributed through the
 * {@code org.scatterbench.flash.daProtocols} extension point; needs a public no-argument constructor.
 */
public interface DaClientFactory {

    DaClient create(DaConnection connection);
}
