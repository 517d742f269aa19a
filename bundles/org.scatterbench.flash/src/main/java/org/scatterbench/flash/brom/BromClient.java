package org.scatterbench.flash.brom;

import java.io.IOException;
import java.time.Duration;
import java.util.function.LongConsumer;

import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.StatusCodes;
import org.scatterbench.transport.Transport;
import org.scatterbench.transport.TransportTimeoutException;

/**
 * The host side of the BROM/preloader protocol (MTK-PROTOCOL.md section 2): handshake,
 * identification, register access, Download Agent upload and jump. Knows no chip: addresses and
 * values come from the caller (the chip registry).
 */
public final class BromClient {

    private static final byte[] HANDSHAKE = { (byte) 0xA0, 0x0A, 0x50, 0x05 };
    private static final int MAX_STRAY_BYTES = 4096;
    private static final int MAX_ID_LENGTH = 256;
    /** WRITE32's first status may be up to 3 on real chips (MTK-PROTOCOL.md 2.2). */
    private static final int WRITE_STATUS_MAX_OK = 3;
    /** BROM and preloader treat any status up to 0xFF as success. */
    private static final int STATUS_MAX_OK = 0xFF;
    private static final System.Logger LOG = System.getLogger(BromClient.class.getName());

    private final BromLink link;

    public BromClient(Transport transport, Duration replyTimeout) {
        this.link = new BromLink(transport, replyTimeout);
    }

    /**
     * Handshakes, resynchronising on stray or wrong bytes. Fails with a message that tells the
     * user how to put the phone into download mode.
     */
    public void handshake(HandshakeOptions options) throws FlashException {
        Transport t = link.transport();
        String last = "nothing";
        for (int attempt = 1; attempt <= options.attempts(); attempt++) {
            drain(t);
            String got = tryHandshake(t, options.byteTimeout());
            if (got == null) {
                return;
            }
            last = got;
        }
        throw new FlashException("no BROM handshake on " + t.describe().port() + " after " + options.attempts()
                + " attempts (last reply: " + last + "). Is the phone in download mode? Power it off, then plug"
                + " it in (on many phones while holding volume down); a phone that has booted Android does not"
                + " answer.");
    }

    /** One attempt; returns null on success, or what went wrong. */
    private static String tryHandshake(Transport t, Duration byteTimeout) throws FlashException {
        byte[] one = new byte[1];
        for (byte b : HANDSHAKE) {
            try {
                t.write(new byte[] { b });
                t.read(one, 0, 1, byteTimeout);
            } catch (TransportTimeoutException e) {
                return "no answer to " + String.format("%02X", b & 0xFF);
            } catch (IOException e) {
                throw new FlashException("the connection to " + t.describe().port() + " failed during the handshake: "
                        + e.getMessage(), e);
            }
            if (one[0] != (byte) ~b) {
                return String.format("%02X in answer to %02X, expected %02X", one[0] & 0xFF, b & 0xFF, (~b) & 0xFF);
            }
        }
        return null;
    }

    /** Drops whatever the device sent before we started, so the next reply byte is ours. */
    private static void drain(Transport t) throws FlashException {
        byte[] buf = new byte[256];
        try {
            t.discardInput();
            int total = 0;
            while (total < MAX_STRAY_BYTES) {
                total += t.read(buf, 0, buf.length, Duration.ofMillis(50));
            }
        } catch (TransportTimeoutException e) {
            // quiet line: in step
        } catch (IOException e) {
            throw new FlashException("the connection to " + t.describe().port() + " failed: " + e.getMessage(), e);
        }
    }

    /** Reads hw code, versions, mode, security configuration and the chip's unique ids. */
    public BromIdentity identify() throws FlashException {
        link.command("GET_HW_CODE", 0xFD);
        int hwCode = link.readU16("GET_HW_CODE");
        link.readU16("GET_HW_CODE hw version"); // mtkclient reads it as "hwver"; not a failure signal
        TargetConfig cfg = targetConfig();
        boolean brom = isBrom();
        link.command("GET_HW_SW_VER", 0xFC);
        int sub = link.readU16("GET_HW_SW_VER");
        int hwVer = link.readU16("GET_HW_SW_VER");
        int swVer = link.readU16("GET_HW_SW_VER");
        link.expectStatus("GET_HW_SW_VER", STATUS_MAX_OK);
        byte[] meId = readId("GET_ME_ID", 0xE1);
        byte[] socId = readId("GET_SOC_ID", 0xE7);
        return new BromIdentity(hwCode, sub, hwVer, swVer, brom, cfg, meId, socId);
    }

    public TargetConfig targetConfig() throws FlashException {
        link.command("GET_TARGET_CONFIG", 0xD8);
        long cfg = link.readU32("GET_TARGET_CONFIG");
        link.expectStatus("GET_TARGET_CONFIG", STATUS_MAX_OK);
        return new TargetConfig(cfg);
    }

    /** GET_BL_VER: BROM does not know it and echoes FE; a preloader answers its version. */
    private boolean isBrom() throws FlashException {
        link.write("GET_BL_VER", new byte[] { (byte) 0xFE });
        return (link.read("GET_BL_VER", 1)[0] & 0xFF) == 0xFE;
    }

    private byte[] readId(String name, int cmd) throws FlashException {
        link.command(name, cmd);
        long len = link.readU32(name + " length");
        if (len > MAX_ID_LENGTH) {
            throw new FlashException("BROM " + name + ": the device announced " + len + " id bytes (at most "
                    + MAX_ID_LENGTH + " expected); corrupt reply");
        }
        byte[] id = link.read(name, (int) len);
        byte[] st = link.read(name + " status", 2);
        int status = (st[0] & 0xFF) | ((st[1] & 0xFF) << 8); // little-endian, unlike the rest of BROM
        return status == 0 ? id : new byte[0];
    }

    /** READ32: {@code count} words from {@code address}. */
    public long[] read32(long address, int count) throws FlashException {
        link.command("READ32", 0xD1);
        link.echoU32("READ32 address", address);
        link.echoU32("READ32 count", count);
        link.expectStatus("READ32", WRITE_STATUS_MAX_OK);
        long[] values = new long[count];
        for (int i = 0; i < count; i++) {
            values[i] = link.readU32("READ32 data");
        }
        link.expectStatus("READ32", WRITE_STATUS_MAX_OK);
        return values;
    }

    /** WRITE32: each value is echoed by the device. */
    public void write32(long address, long... values) throws FlashException {
        link.command("WRITE32", 0xD4);
        link.echoU32("WRITE32 address", address);
        link.echoU32("WRITE32 count", values.length);
        link.expectStatus("WRITE32", WRITE_STATUS_MAX_OK);
        for (long v : values) {
            link.echoU32("WRITE32 value", v);
        }
        link.expectStatus("WRITE32", WRITE_STATUS_MAX_OK);
    }

    /**
     * SEND_DA: uploads {@code image} (signature included at its end) and verifies the device's
     * XOR16 checksum against ours.
     *
     * @param progress receives the number of bytes sent so far
     */
    public void sendDa(long loadAddress, byte[] image, long signatureLength, LongConsumer progress)
            throws FlashException {
        link.command("SEND_DA", 0xD7);
        link.echoU32("SEND_DA load address", loadAddress);
        link.echoU32("SEND_DA length", image.length);
        link.echoU32("SEND_DA signature length", signatureLength);
        int st = link.readU16("SEND_DA status");
        if (st == StatusCodes.BROM_SLA_REQUIRED) {
            throw new FlashException("the phone refused the Download Agent", st);
        }
        if (st > STATUS_MAX_OK) {
            throw new FlashException("BROM SEND_DA refused the upload", st);
        }
        // the image in one write (the transport cuts it into bulk transfers), then one zero-length
        // packet: over USB that is how the boot ROM learns the upload is complete
        link.write("SEND_DA data", image);
        link.endOfTransfer("SEND_DA data");
        progress.accept(image.length);
        int deviceSum = link.readU16("SEND_DA checksum");
        int status = link.readU16("SEND_DA status");
        int ours = Xor16.of(image);
        if (deviceSum == 0 && ours != 0) {
            // some boot ROMs and preloaders answer no checksum at all; only the status then tells
            LOG.log(System.Logger.Level.WARNING, String.format("the phone answered checksum 0 to the Download Agent"
                    + " upload (ours is 0x%04X); going on, as the phone does not check it", ours));
        } else if (deviceSum != ours) {
            throw new FlashException(String.format("the phone received a corrupted Download Agent: its checksum is"
                    + " 0x%04X, ours is 0x%04X (bad cable or USB hub?)", deviceSum, ours));
        }
        if (status > STATUS_MAX_OK) {
            throw new FlashException("the phone did not accept the Download Agent", status);
        }
    }

    /** JUMP_DA: the device echoes the address, then starts the DA. */
    public void jumpDa(long address) throws FlashException {
        link.command("JUMP_DA", 0xD5);
        link.write("JUMP_DA address", BromLink.u32(address));
        long back = link.readU32("JUMP_DA address echo");
        if (back != address) {
            throw new FlashException(String.format("BROM JUMP_DA: the phone echoed address 0x%08X instead of 0x%08X",
                    back, address));
        }
        link.expectStatus("JUMP_DA", 0);
    }
}
