package org.scatterbench.chip.mt67xx.xflash;

import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.flash.protocol.DaClientFactory;
import org.scatterbench.flash.protocol.DaConnection;

/** The {@code org.scatterbench.flash.daProtocols} contribution {@code xflash}. */
public final class XFlashProtocol implements DaClientFactory {

    /** The protocol id chips name in their {@code daProtocol} attribute. */
    public static final String ID = "xflash";

    @Override
    public DaClient create(DaConnection connection) {
        return new XFlashClient(connection);
    }
}
