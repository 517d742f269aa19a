package org.scatterbench.chip.mt67xx.xflash;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;

import org.scatterbench.flash.FlashException;
import org.scatterbench.flash.StatusCodes;
import org.scatterbench.flash.protocol.DaClient;
import org.scatterbench.flash.protocol.DaConnection;
import org.scatterbench.flash.protocol.EndAction;
import org.scatterbench.flash.protocol.StorageInfo;
import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Storage;

/**
 * The host side of the XFlash ("V5") DA protocol (MTK-PROTOCOL.md section 5): bring-up, DA2
 * upload, storage description, and the data commands. Each public call is one complete command
 * exchange.
 */
public final class XFlashClient implements DaClient {

    private static final int SECTOR = 512;
    /** Largest packet we accept from a DA; bigger announcements are corrupt replies. */
    private static final int MAX_PACKET = 16 * 1024 * 1024;
    private static final int PARAM_SIZE = 56;
    private static final int DEFAULT_PACKET = 0x100000;
    /** The DA code whose DA wants each ack in one 16-byte write (MTK-PROTOCOL.md 5.1). */
    private static final int ONE_WRITE_ACK_DA_CODE = 0x6781;
    /** Longest FORMAT progress hint we honour; a bigger one is a corrupt word, not a real estimate. */
    static final Duration MAX_FORMAT_HINT = Duration.ofMinutes(10);
    static final String BROM_AGENT_WARNING = "the phone answered 'brom': its DRAM was not set up (Scatterbench"
            + " cannot send EMI settings yet); if the DA does not start, boot the phone into preloader mode and"
            + " connect again";
    private static final System.Logger LOG = System.getLogger(XFlashClient.class.getName());

    private final DaConnection connection;
    private final XFlashLink link;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private StorageInfo storage;
    private int writePacket = DEFAULT_PACKET;
    private int readPacket = DEFAULT_PACKET;

    public XFlashClient(DaConnection connection) {
        this.connection = connection;
        this.link = new XFlashLink(connection.transport(), connection.replyTimeout(), MAX_PACKET,
                connection.chip().daCode() == ONE_WRITE_ACK_DA_CODE);
    }

    @Override
    public void start() throws FlashException {
        int sync = link.readByte("waiting for DA1 to start");
        if (sync != XFlashCodes.DA_SYNC_BYTE) {
            throw new FlashException(String.format("the Download Agent did not start: expected its sync byte C0, got"
                    + " %02X (is this DA file for this phone?)", sync));
        }
        link.sendU32("sending SYNC", XFlashCodes.SYNC_SIGNAL);
        link.sendU32("sending SETUP_ENVIRONMENT", XFlashCodes.SETUP_ENVIRONMENT);
        // da_log_level 2, log_channel 1 (UART), system_os 1 (Linux), ufs_provision 0, reserved 0
        link.send("sending the environment", le(2, 1, 1, 0, 0));
        link.expectOk("SETUP_ENVIRONMENT");
        link.sendU32("sending SETUP_HW_INIT_PARAMS", XFlashCodes.SETUP_HW_INIT_PARAMS);
        link.send("sending the hardware init parameters", le(0));
        link.expectOk("SETUP_HW_INIT_PARAMS");
        byte[] ready = link.receive("waiting for DA1's SYNC");
        if (ready.length != 4 || ByteBuffer.wrap(ready).order(ByteOrder.LITTLE_ENDIAN).getInt() != XFlashCodes.SYNC_SIGNAL) {
            throw new FlashException("corrupt reply from the DA: expected its SYNC signal after set-up");
        }
        Optional<String> agent = getText(XFlashCodes.GET_CONNECTION_AGENT);
        agent.ifPresent(a -> facts.put("connection agent", a));
        boolean dramUnset = agent.filter("brom"::equalsIgnoreCase).isPresent();
        if (dramUnset) {
            // a real DA1 started from BROM needs INIT_EXT_RAM with the preloader's EMI settings before DA2
            facts.put("warning", BROM_AGENT_WARNING);
            LOG.log(System.Logger.Level.WARNING, BROM_AGENT_WARNING);
        }
        try {
            bootDa2();
        } catch (FlashException e) {
            if (!dramUnset) {
                throw e;
            }
            throw new FlashException(e.getMessage() + "; " + BROM_AGENT_WARNING, e);
        }
        describeDevice();
    }

    private void bootDa2() throws FlashException {
        byte[] da2 = connection.da2();
        command(XFlashCodes.BOOT_TO, "BOOT_TO (DA2)");
        ByteBuffer p = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        p.putLong(connection.da2Address()).putLong(da2.length);
        link.send("sending the BOOT_TO parameters", p.array());
        link.send("uploading DA2", da2);
        link.expectOk("the DA2 upload");
        long booted = link.status("starting DA2");
        if (booted != 0 && booted != XFlashCodes.SYNC_SIGNAL) {
            throw new FlashException("DA2 did not start", booted);
        }
    }

    private void describeDevice() throws FlashException {
        Optional<byte[]> sla = get(XFlashCodes.SLA_ENABLED_STATUS);
        if (sla.isPresent() && sla.get().length >= 4 && le32(sla.get(), 0) != 0) {
            throw new FlashException("the Download Agent reports that this phone requires Serial Link Authentication"
                    + " (SLA), which needs the vendor's auth file; Scatterbench cannot flash it");
        }
        get(XFlashCodes.GET_RAM_INFO).ifPresent(this::ramFacts);
        Optional<byte[]> emmc = get(XFlashCodes.GET_EMMC_INFO);
        get(XFlashCodes.GET_NAND_INFO);
        get(XFlashCodes.GET_NOR_INFO);
        Optional<byte[]> ufs = get(XFlashCodes.GET_UFS_INFO);
        get(XFlashCodes.GET_CHIP_ID).ifPresent(this::chipFacts);
        getText(XFlashCodes.GET_DA_VERSION).ifPresent(v -> facts.put("DA version", v));
        get(XFlashCodes.GET_RANDOM_ID).ifPresent(r -> facts.put("random id", hex(r, 0, r.length)));
        getText(XFlashCodes.GET_USB_SPEED).ifPresent(s -> facts.put("USB speed", s));
        if (emmc.isPresent() && emmc.get().length >= 4 && le32(emmc.get(), 0) != 0) {
            storage = EmmcInfo.parse(emmc.get());
        } else if (ufs.isPresent() && ufs.get().length >= 4 && le32(ufs.get(), 0) != 0) {
            storage = new StorageInfo(Storage.UFS, SECTOR, Map.of(), "");
        } else {
            throw new FlashException("the Download Agent found no eMMC or UFS storage on the phone");
        }
        Optional<byte[]> lengths = get(XFlashCodes.GET_PACKET_LENGTH);
        if (lengths.isPresent() && lengths.get().length >= 8) {
            writePacket = packetLength(le32(lengths.get(), 0), "write");
            readPacket = packetLength(le32(lengths.get(), 4), "read");
        }
        facts.put("packet length", "write 0x" + Integer.toHexString(writePacket) + ", read 0x"
                + Integer.toHexString(readPacket));
    }

    private static int packetLength(long v, String what) throws FlashException {
        if (v < SECTOR || v > MAX_PACKET || v % SECTOR != 0) {
            throw new FlashException("corrupt reply from the DA: " + what + " packet length " + v
                    + " is not a multiple of 512 between 512 and " + MAX_PACKET);
        }
        return (int) v;
    }

    private void ramFacts(byte[] r) {
        if (r.length >= 24) {
            facts.put("DRAM", String.format("0x%X bytes at 0x%X", le32(r, 20), le32(r, 16)));
        }
    }

    private void chipFacts(byte[] c) {
        if (c.length >= 8) {
            ByteBuffer b = ByteBuffer.wrap(c).order(ByteOrder.LITTLE_ENDIAN);
            facts.put("DA chip id", String.format("hw code 0x%04X, sub 0x%04X, hw ver 0x%04X, sw ver 0x%04X",
                    b.getShort() & 0xFFFF, b.getShort() & 0xFFFF, b.getShort() & 0xFFFF, b.getShort() & 0xFFFF));
        }
    }

    @Override
    public StorageInfo storage() {
        if (storage == null) {
            throw new IllegalStateException("start() has not run");
        }
        return storage;
    }

    /** In the order the DA reported them. */
    @Override
    public Map<String, String> facts() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    @Override
    public void read(ByteRange range, OutputStream sink, LongConsumer progress) throws FlashException {
        StorageArea area = areas(range).get(0);
        String what = "reading " + range;
        command(XFlashCodes.READ_DATA, "READ_DATA");
        link.send("sending the READ_DATA parameters", param(area, range));
        link.expectOk("the READ_DATA parameters for " + range);
        link.expectOk("starting to read " + range);
        long done = 0;
        while (done < range.length()) {
            byte[] data = link.receive(what);
            if (data.length == 4) {
                long st = le32(data, 0);
                if (st == 0) {
                    // a zero flag some DAs send between data packets: not data, and not acknowledged
                    continue;
                }
                throw new FlashException("the DA stopped " + what + " at offset 0x" + Long.toHexString(range.start() + done),
                        st);
            }
            if (data.length == 0 || data.length > range.length() - done) {
                throw new FlashException("corrupt reply from the DA while " + what + ": a " + data.length
                        + "-byte data packet with " + (range.length() - done) + " bytes left");
            }
            try {
                sink.write(data);
            } catch (IOException e) {
                throw new FlashException("cannot store the data read from " + range + ": " + e.getMessage(), e);
            }
            done += data.length;
            link.ack("acknowledging data");
            progress.accept(done);
        }
        link.expectOk("finishing the read of " + range);
    }

    @Override
    public void write(ByteRange range, InputStream source, LongConsumer progress) throws FlashException {
        if (range.length() % SECTOR != 0) {
            throw new FlashException("write of " + range + ": length is not a multiple of 512 bytes");
        }
        List<StorageArea> targets = areas(range);
        if (targets.size() > 1) {
            byte[] all = readAll(source, range.length());
            long done = 0;
            for (StorageArea a : targets) {
                final long base = done;
                writeArea(a, new ByteRange(a.region(), range.start(), range.length()),
                        new java.io.ByteArrayInputStream(all), n -> progress.accept(base + n));
                done += range.length();
            }
            return;
        }
        writeArea(targets.get(0), range, source, progress);
    }

    private static byte[] readAll(InputStream in, long n) throws FlashException {
        if (n > MAX_PACKET * 4L) {
            throw new FlashException("an image for both boot areas is larger than " + (MAX_PACKET * 4L) + " bytes");
        }
        try {
            byte[] b = in.readNBytes((int) n);
            if (b.length != n) {
                throw new FlashException("the image ended after " + b.length + " of " + n + " bytes");
            }
            return b;
        } catch (IOException e) {
            throw new FlashException("cannot read the image: " + e.getMessage(), e);
        }
    }

    private void writeArea(StorageArea area, ByteRange range, InputStream source, LongConsumer progress)
            throws FlashException {
        command(XFlashCodes.WRITE_DATA, "WRITE_DATA");
        link.send("sending the WRITE_DATA parameters", param(area, range));
        link.expectOk("the WRITE_DATA parameters for " + range);
        ChunkReader chunks = new ChunkReader(source, range, (int) Math.min(writePacket, range.length()));
        long done = 0;
        ChunkReader.Chunk c = chunks.next();
        while (c != null) {
            String at = range.region() + " offset 0x" + Long.toHexString(range.start() + done);
            link.sendChunk("writing at " + at, c.sum16(), c.data(), 0, c.length());
            // read and sum the next packet while the DA checks and stores this one; a failure to read
            // it is reported after this packet's status, so the DA's answer is never left unread
            ChunkReader.Chunk next = null;
            FlashException unreadable = null;
            try {
                next = chunks.next();
            } catch (FlashException e) {
                unreadable = e;
            }
            long st = link.status("writing at " + at);
            if (st != 0) {
                throw new FlashException("the DA rejected the data written at " + at, st);
            }
            if (unreadable != null) {
                throw unreadable;
            }
            done += c.length();
            progress.accept(done);
            c = next;
        }
        link.expectOk("finishing the write of " + range);
    }

    @Override
    public void format(ByteRange range, LongConsumer progress) throws FlashException {
        for (StorageArea area : areas(range)) {
            ByteRange r = new ByteRange(area.region(), range.start(), range.length());
            command(XFlashCodes.FORMAT, "FORMAT");
            link.send("sending the FORMAT parameters", param(area, r));
            link.expectOk("the FORMAT parameters for " + r);
            Duration wait = connection.replyTimeout();
            while (true) {
                long st = link.status("formatting " + r, wait);
                if (st == StatusCodes.FORMAT_COMPLETE || st == 0) {
                    break;
                }
                if (st != StatusCodes.FORMAT_CONTINUE) {
                    throw new FlashException("the DA failed formatting " + r, st);
                }
                long ms = link.status("formatting " + r);
                progress.accept(ms);
                link.ack("acknowledging format progress");
                // the word is the DA's estimate of the erase still to come: allow for it on top of the
                // usual reply time instead of sleeping through it, so a fast phone is not held up
                wait = formatWait(ms, connection.replyTimeout());
            }
        }
        progress.accept(range.length());
    }

    /** How long to wait for the status after a FORMAT progress hint of {@code hintMs}. */
    static Duration formatWait(long hintMs, Duration replyTimeout) {
        Duration hint = Duration.ofMillis(Math.min(Math.max(hintMs, 0), MAX_FORMAT_HINT.toMillis()));
        return replyTimeout.plus(hint);
    }

    @Override
    public void finish(EndAction action) throws FlashException {
        if (action == EndAction.NONE) {
            return;
        }
        command(XFlashCodes.SHUTDOWN, "SHUTDOWN");
        // has_flags, enable_wdt, async, bootmode, dl_bit, dont_reset_rtc, leave_usb, reserved
        int wdt = action == EndAction.REBOOT ? 1 : 0;
        link.send("sending the SHUTDOWN parameters", le(0, wdt, 0, 0, 0, 0, 0, 0));
        link.expectOk("SHUTDOWN");
    }

    private List<StorageArea> areas(ByteRange range) throws FlashException {
        List<StorageArea> a = StorageArea.of(storage().storage(), range.region());
        for (StorageArea x : a) {
            Optional<Long> size = storage.size(x.region());
            if (size.isPresent() && range.end() > size.get()) {
                throw new FlashException(String.format("%s is outside %s, which is 0x%X bytes", range, x.region(),
                        size.get()));
            }
        }
        return a;
    }

    private static byte[] param(StorageArea area, ByteRange range) {
        ByteBuffer b = ByteBuffer.allocate(PARAM_SIZE).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(area.storage()).putInt(area.partition()).putLong(range.start()).putLong(range.length());
        return b.array(); // the 8 NAND extension words stay zero
    }

    private void command(int code, String name) throws FlashException {
        link.sendU32("sending " + name, code);
        link.expectOk(name);
    }

    /** DEVICE_CTRL getter; empty when the DA does not support the code. */
    private Optional<byte[]> get(int code) throws FlashException {
        String name = String.format("DEVICE_CTRL 0x%06X", code);
        command(XFlashCodes.DEVICE_CTRL, "DEVICE_CTRL");
        link.sendU32("sending " + name, code);
        long st = link.status(name);
        if (st != 0) {
            // 0xC0010004 is the documented "unsupported"; DAs answer other refusals the same way, with no data
            if (st != StatusCodes.UNSUPPORTED_CTRL_CODE) {
                facts.put(name, "refused: " + StatusCodes.describe(st));
            }
            return Optional.empty();
        }
        byte[] data = link.receive(name);
        link.expectOk(name);
        return Optional.of(data);
    }

    private Optional<String> getText(int code) throws FlashException {
        return get(code).map(b -> new String(b, StandardCharsets.US_ASCII).trim());
    }

    private static byte[] le(int... words) {
        ByteBuffer b = ByteBuffer.allocate(words.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int w : words) {
            b.putInt(w);
        }
        return b.array();
    }

    static long le32(byte[] b, int at) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(b, at, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }

    static String hex(byte[] b, int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            sb.append(String.format("%02X", b[i] & 0xFF));
        }
        return sb.toString();
    }
}
