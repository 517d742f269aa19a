package org.scatterbench.flash.engine;

import java.time.Duration;
import java.util.Objects;

import org.scatterbench.flash.brom.HandshakeOptions;
import org.scatterbench.flash.da.DaFile;

/**
 * How to bring a phone up.
 *
 * @param da           the Download Agent container to upload
 * @param replyTimeout how long the phone may stay silent before it is reported as not answering
 * @param handshake    handshake patience
 */
public record SessionOptions(DaFile da, Duration replyTimeout, HandshakeOptions handshake) {

    /** The promise: a silent phone is reported within 30 s. */
    public static final Duration DEFAULT_REPLY_TIMEOUT = Duration.ofSeconds(30);

    public SessionOptions {
        Objects.requireNonNull(da, "da");
        replyTimeout = replyTimeout == null ? DEFAULT_REPLY_TIMEOUT : replyTimeout;
        handshake = handshake == null ? HandshakeOptions.defaults() : handshake;
    }

    public static SessionOptions of(DaFile da) {
        return new SessionOptions(da, DEFAULT_REPLY_TIMEOUT, HandshakeOptions.defaults());
    }

    public SessionOptions withReplyTimeout(Duration t) {
        return new SessionOptions(da, t, handshake);
    }
}
