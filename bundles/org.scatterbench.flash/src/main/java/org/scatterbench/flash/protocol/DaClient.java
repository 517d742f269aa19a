package org.scatterbench.flash.protocol;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.function.LongConsumer;

import org.scatterbench.flash.FlashException;
import org.scatterbench.model.ByteRange;

/**
 * The host side of a running Download Agent. Each call is one complete protocol command, so
 * stopping between calls leaves the phone in a known state. Not thread-safe.
 */
public interface DaClient {

    /** Brings DA1 up (sync, environment), uploads and starts DA2, and reads the storage description. */
    void start() throws FlashException;

    StorageInfo storage();

    /** Facts for {@code device info}: DA version, chip id, random id, packet lengths... in display order. */
    Map<String, String> facts();

    /**
     * Reads {@code range} into {@code sink}.
     *
     * @param progress receives the number of bytes done so far
     */
    void read(ByteRange range, OutputStream sink, LongConsumer progress) throws FlashException;

    /**
     * Writes {@code range.length()} bytes from {@code source} at {@code range}. The length must be
     * a multiple of 512; the source must supply exactly that many bytes.
     */
    void write(ByteRange range, InputStream source, LongConsumer progress) throws FlashException;

    /** Erases {@code range}. */
    void format(ByteRange range, LongConsumer progress) throws FlashException;

    /** Ends the session; the connection may be closed afterwards. */
    void finish(EndAction action) throws FlashException;
}
