package org.scatterbench.flash.brom;

import java.time.Duration;

/**
 * How patiently to handshake: a phone that was just plugged in may still be sending its own
 * bytes or may miss the first start byte, so every attempt resynchronises and starts over.
 *
 * @param attempts    how many full A0 0A 50 05 sequences to try
 * @param byteTimeout how long to wait for each handshake reply byte
 */
public record HandshakeOptions(int attempts, Duration byteTimeout) {

    public static HandshakeOptions defaults() {
        return new HandshakeOptions(10, Duration.ofSeconds(1));
    }
}
