package org.scatterbench.emulator.xflash;

import java.io.IOException;

import org.scatterbench.emulator.SessionLog;
import org.scatterbench.emulator.storage.EmmcStorage;
import org.scatterbench.emulator.storage.StorageArea;

/**
 * READ_DATA, WRITE_DATA and FORMAT (MTK-PROTOCOL.md 5.7 to 5.9). Every range is checked against
 * the addressed area before a byte moves; a write chunk is checked (length, sum16) before it is
 * stored, so a refused chunk leaves the flash as it was.
 */
final class DataCommands {

    /** Bytes erased between two FORMAT progress reports. */
    static final long FORMAT_STEP = 8L << 20;

    private final PacketChannel ch;
    private final EmmcStorage storage;
    private final DaIdentity id;
    private final SessionLog log;

    DataCommands(PacketChannel ch, EmmcStorage storage, DaIdentity id, SessionLog log) {
        this.ch = ch;
        this.storage = storage;
        this.id = id;
        this.log = log;
    }

    void read() throws IOException, DaAbort {
        ch.writeStatus(DaStatus.OK);
        StorageParam p = StorageParam.parse(ch.readExactly(StorageParam.SIZE, "READ_DATA parameter"));
        log.event("DA READ_DATA " + p);
        StorageArea area = checkedArea(p);
        ch.writeStatus(DaStatus.OK);
        ch.writeStatus(DaStatus.OK);
        long done = 0;
        while (done < p.length()) {
            long remaining = p.length() - done;
            int n = (int) Math.min(remaining, id.readPacketLength());
            if (remaining - n > 0 && remaining - n <= 4) {
                // a 4-byte data packet reads as a status to the host: keep the last one longer
                n -= 8;
            }
            byte[] data = new byte[n];
            try {
                area.read(p.address() + done, data, 0, n);
            } catch (IOException e) {
                throw storageFailure(area, e);
            }
            if (id.readZeroFlag()) {
                ch.writeStatus(DaStatus.OK); // the 4-byte zero flag: the host neither counts nor acks it
            }
            ch.write(data);
            ch.readU32("READ_DATA ack");
            done += n;
        }
        ch.writeStatus(DaStatus.OK);
    }

    /**
     * Each chunk is checked, stored, then answered. (Answering first and storing while the host sends
     * the next chunk was measured: on two cores the store then competes with the host's copies and
     * takes about three times as long, so nothing is gained and a storage failure would surface one
     * chunk late.)
     */
    void write() throws IOException, DaAbort {
        ch.writeStatus(DaStatus.OK);
        StorageParam p = StorageParam.parse(ch.readExactly(StorageParam.SIZE, "WRITE_DATA parameter"));
        log.event("DA WRITE_DATA " + p);
        StorageArea area = checkedArea(p);
        ch.writeStatus(DaStatus.OK);
        byte[] buffer = new byte[id.writePacketLength()];
        long done = 0;
        while (done < p.length()) {
            long remaining = p.length() - done;
            ch.readU32("WRITE_DATA chunk prefix");
            long checksum = ch.readU32("WRITE_DATA chunk checksum");
            // summed while it arrives, so the status follows the last byte without another pass
            Sum16.Running sum = new Sum16.Running();
            int length = ch.readPayload(buffer, sum::add);
            int n = (int) Math.min(length, remaining);
            if (length == 0 || length > roundUp512(remaining)) {
                throw new DaAbort(DaStatus.EXCEED_AVAILABLE_RANGE, "chunk of " + length + " bytes with 0x"
                        + Long.toHexString(remaining) + " left to write", false);
            }
            if (sum.value() != (checksum & 0xFFFF)) {
                throw new DaAbort(DaStatus.CHECKSUM_ERROR, String.format(
                        "chunk at 0x%X: sum16 0x%04X, host said 0x%04X; not written", p.address() + done,
                        sum.value(), checksum), false);
            }
            try {
                area.write(p.address() + done, buffer, 0, n);
            } catch (IOException e) {
                throw storageFailure(area, e);
            }
            ch.writeStatus(DaStatus.OK);
            done += n;
        }
        ch.writeStatus(DaStatus.OK);
    }

    void format() throws IOException, DaAbort {
        ch.writeStatus(DaStatus.OK);
        StorageParam p = StorageParam.parse(ch.readExactly(StorageParam.SIZE, "FORMAT parameter"));
        log.event("DA FORMAT " + p);
        StorageArea area = checkedArea(p);
        ch.writeStatus(DaStatus.OK); // parameter accepted, as for every parameter packet
        long done = 0;
        while (done < p.length()) {
            long n = Math.min(FORMAT_STEP, p.length() - done);
            try {
                area.erase(p.address() + done, n);
            } catch (IOException e) {
                throw storageFailure(area, e);
            }
            done += n;
            // CONTINUE, then a word a host may wait for in ms: the percentage done (at most 0.1 s)
            ch.writeStatus(DaStatus.CONTINUE);
            ch.writeStatus(done * 100 / p.length());
            ch.readU32("FORMAT progress ack");
        }
        ch.writeStatus(DaStatus.COMPLETE);
    }

    /** The flash itself failed (the image file's disk is full, say): a DA error, not a dropped line. */
    private static DaAbort storageFailure(StorageArea area, IOException e) {
        return new DaAbort(DaStatus.ERROR, area.region() + " failed: " + e.getMessage(), false);
    }

    private StorageArea checkedArea(StorageParam p) throws DaAbort {
        if (p.storage() != StorageParam.STORAGE_EMMC) {
            throw new DaAbort(DaStatus.STORAGE_MISMATCH, "storage " + p.storage() + " on an eMMC phone", false);
        }
        StorageArea area = storage.area((int) Math.min(p.partition(), Integer.MAX_VALUE)).orElse(null);
        if (area == null || area.size() == 0) {
            throw new DaAbort(DaStatus.PARTITION_NOT_FOUND, "no eMMC area " + p.partition(), false);
        }
        if (!area.contains(p.address(), p.length())) {
            throw new DaAbort(DaStatus.EXCEED_AVAILABLE_RANGE, String.format(
                    "0x%X+0x%X outside %s of 0x%X bytes", p.address(), p.length(), area.region(), area.size()), false);
        }
        return area;
    }

    private static long roundUp512(long n) {
        return n > Long.MAX_VALUE - 511 ? Long.MAX_VALUE : (n + 511) & ~511L;
    }
}
