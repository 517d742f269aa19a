package org.scatterbench.image;

import java.security.MessageDigest;

/** SHA-256 of content generated independently of the code under test. */
public final class Hashes {

    private final MessageDigest digest;

    public Hashes() throws Exception {
        digest = MessageDigest.getInstance("SHA-256");
    }

    public Hashes bytes(byte[] b) {
        digest.update(b);
        return this;
    }

    /** {@code count} copies of {@code unit}. */
    public Hashes repeat(byte[] unit, long count) {
        for (long i = 0; i < count; i++) {
            digest.update(unit);
        }
        return this;
    }

    public byte[] done() {
        return digest.digest();
    }
}
