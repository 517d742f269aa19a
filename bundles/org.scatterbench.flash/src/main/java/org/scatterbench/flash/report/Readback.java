package org.scatterbench.flash.report;

import java.io.OutputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.function.LongConsumer;

import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.model.ByteRange;

/**
 * Reads a range of the phone back and hashes it without keeping it: the evidence of a verified
 * write, whatever the range's size.
 */
public final class Readback {

    private Readback() {
    }

    /** SHA-256 (hex) of the phone's bytes in {@code range}. */
    public static String sha256(DaClient da, ByteRange range, LongConsumer progress) throws FlashException {
        MessageDigest md = Sha256.digest();
        da.read(range, new DigestOutputStream(OutputStream.nullOutputStream(), md), progress);
        return Sha256.hex(md.digest());
    }

    /**
     * Reads {@code range} back and compares it with what was written.
     *
     * @throws FlashException naming the partition and both hashes when they differ
     */
    public static String verify(DaClient da, String partition, ByteRange range, String expectedSha256,
            LongConsumer progress) throws FlashException {
        String got = sha256(da, range, progress);
        if (!got.equals(expectedSha256)) {
            throw new FlashException("verification of " + partition + " failed: " + range + " reads back with SHA-256 "
                    + got + " but " + expectedSha256 + " was written; the phone's storage did not keep the data");
        }
        return got;
    }
}
