package org.scatterbench.flash.protocol;

import java.time.Duration;

import org.scatterbench.flash.chip.ChipDescriptor;
import org.scatterbench.transport.Transport;

/**
 * Everything a DA client needs once DA1 runs.
 *
 * @param transport    the open connection, positioned right after BROM JUMP_DA
 * @param chip         the connected chip
 * @param replyTimeout how long to wait for any reply before reporting the phone as silent
 * @param da2          the second stage, signature stripped, uploaded by the client
 * @param da2Address   where DA2 is loaded
 */
public record DaConnection(Transport transport, ChipDescriptor chip, Duration replyTimeout, byte[] da2,
        long da2Address) {
}
