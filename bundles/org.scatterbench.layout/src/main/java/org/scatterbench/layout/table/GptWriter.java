package org.scatterbench.layout.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/**
 * Turns a Layout into the bytes of a GPT: protective MBR, primary header and entries at the start
 * of the user area, backup entries and header at its end. The output is deterministic (GUIDs
 * derive from the layout's names), so a table written twice is byte-identical and a plan can be
 * checked before it runs.
 *
 * <p>Every user-area partition goes into the table except the table entries themselves
 * ({@code pgpt}, {@code sgpt}, MBR/EBR). End-relative reservations ({@code otp}, {@code flashinfo})
 * are placed {@code blocks x blockSize} before the end, as the scatter's {@code 0xFFFFnnnn} code says.
 */
public final class GptWriter {

    static final int ENTRY_SIZE = 128;
    static final int HEADER_SIZE = 92;

    private final int sectorSize;
    private final int entryCount;

    public GptWriter() {
        this(512, 128);
    }

    public GptWriter(int sectorSize, int entryCount) {
        if (sectorSize < 512 || Integer.bitCount(sectorSize) != 1) {
            throw new IllegalArgumentException("sector size must be a power of two >= 512: " + sectorSize);
        }
        if (entryCount < 1 || (long) entryCount * ENTRY_SIZE % sectorSize != 0) {
            throw new IllegalArgumentException("entry array must fill whole sectors: " + entryCount);
        }
        this.sectorSize = sectorSize;
        this.entryCount = entryCount;
    }

    /** Writes for a disk of the size the layout states for its user region. */
    public List<TableWrite> write(Layout layout) throws TableFormatException {
        Region user = userRegion(layout);
        long size = layout.regionSize(user).orElseThrow(() -> new TableFormatException(layout.source()
                + ": writing a GPT needs the size of the user area, which this layout does not know; read the "
                + "current layout from the device or a disk image"));
        return write(layout, size);
    }

    public List<TableWrite> write(Layout layout, long diskSize) throws TableFormatException {
        Region user = userRegion(layout);
        long sectors = diskSize / sectorSize;
        long entrySectors = (long) entryCount * ENTRY_SIZE / sectorSize;
        long firstUsable = 2 + entrySectors;
        long lastUsable = sectors - 2 - entrySectors;
        if (diskSize % sectorSize != 0 || lastUsable <= firstUsable) {
            throw new TableFormatException(String.format("%s: a disk of 0x%X bytes cannot hold a GPT",
                    layout.source(), diskSize));
        }
        List<Placed> placed = place(layout, user, diskSize, firstUsable, lastUsable);
        if (placed.size() > entryCount) {
            throw new TableFormatException(layout.source() + ": " + placed.size() + " partitions do not fit a GPT of "
                    + entryCount + " entries");
        }
        UUID diskGuid = UUID.nameUUIDFromBytes(("scatterbench-disk:" + layout.source()).getBytes(StandardCharsets.UTF_8));
        byte[] entries = new byte[entryCount * ENTRY_SIZE];
        for (int i = 0; i < placed.size(); i++) {
            Placed p = placed.get(i);
            int off = i * ENTRY_SIZE;
            Guids.write(entries, off, Guids.LINUX_DATA);
            Guids.write(entries, off + 16, UUID.nameUUIDFromBytes((diskGuid + "/" + i + "/" + p.name)
                    .getBytes(StandardCharsets.UTF_8)));
            Le.put64(entries, off + 32, p.firstLba);
            Le.put64(entries, off + 40, p.lastLba);
            byte[] name = p.name.getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, entries, off + 56, name.length);
        }
        long entriesCrc = Le.crc32(entries, 0, entries.length);
        long backupEntriesLba = sectors - 1 - entrySectors;
        byte[] primary = header(1, sectors - 1, firstUsable, lastUsable, diskGuid, 2, entriesCrc);
        byte[] backup = header(sectors - 1, 1, firstUsable, lastUsable, diskGuid, backupEntriesLba, entriesCrc);

        byte[] head = new byte[(int) ((2 + entrySectors) * sectorSize)];
        System.arraycopy(protectiveMbr(sectors), 0, head, 0, 512);
        System.arraycopy(primary, 0, head, sectorSize, primary.length);
        System.arraycopy(entries, 0, head, 2 * sectorSize, entries.length);
        byte[] tail = new byte[(int) ((entrySectors + 1) * sectorSize)];
        System.arraycopy(entries, 0, tail, 0, entries.length);
        System.arraycopy(backup, 0, tail, entries.length, backup.length);
        List<TableWrite> writes = new ArrayList<>();
        writes.add(new TableWrite(new ByteRange(user, 0, head.length), head));
        writes.add(new TableWrite(new ByteRange(user, backupEntriesLba * sectorSize, tail.length), tail));
        return writes;
    }

    private byte[] header(long myLba, long altLba, long firstUsable, long lastUsable, UUID disk, long entriesLba,
            long entriesCrc) {
        byte[] h = new byte[sectorSize];
        h[0] = 'E'; h[1] = 'F'; h[2] = 'I'; h[3] = ' '; h[4] = 'P'; h[5] = 'A'; h[6] = 'R'; h[7] = 'T';
        Le.put32(h, 8, 0x00010000L);
        Le.put32(h, 12, HEADER_SIZE);
        Le.put64(h, 24, myLba);
        Le.put64(h, 32, altLba);
        Le.put64(h, 40, firstUsable);
        Le.put64(h, 48, lastUsable);
        Guids.write(h, 56, disk);
        Le.put64(h, 72, entriesLba);
        Le.put32(h, 80, entryCount);
        Le.put32(h, 84, ENTRY_SIZE);
        Le.put32(h, 88, entriesCrc);
        Le.put32(h, 16, Le.crc32(h, 0, HEADER_SIZE));
        return h;
    }

    private static byte[] protectiveMbr(long sectors) {
        byte[] m = new byte[512];
        int e = 446;
        m[e + 2] = 0x02; // CHS of LBA 1
        m[e + 4] = (byte) 0xEE;
        m[e + 5] = (byte) 0xFF;
        m[e + 6] = (byte) 0xFF;
        m[e + 7] = (byte) 0xFF;
        Le.put32(m, e + 8, 1);
        Le.put32(m, e + 12, Math.min(sectors - 1, 0xFFFFFFFFL));
        m[510] = 0x55;
        m[511] = (byte) 0xAA;
        return m;
    }

    private List<Placed> place(Layout layout, Region user, long diskSize, long firstUsable, long lastUsable)
            throws TableFormatException {
        List<Placed> out = new ArrayList<>();
        for (Partition p : layout.partitions()) {
            if (!p.region().equals(user) || TableEntries.isTable(p) || p.size() == 0) {
                continue;
            }
            long start = EndRelative.resolveStart(layout, p, diskSize);
            String where = layout.source() + ": partition " + p.name();
            if (start % sectorSize != 0 || p.size() % sectorSize != 0) {
                throw new TableFormatException(String.format("%s at 0x%X+0x%X is not aligned to %d-byte sectors",
                        where, start, p.size(), sectorSize));
            }
            long first = start / sectorSize;
            long last = first + p.size() / sectorSize - 1;
            if (first < firstUsable || last > lastUsable) {
                throw new TableFormatException(String.format("%s (LBA %d..%d) lies outside the usable LBAs %d..%d "
                        + "of a GPT on 0x%X bytes", where, first, last, firstUsable, lastUsable, diskSize));
            }
            String name = p.baseName();
            if (name.length() > 36) {
                throw new TableFormatException(where + ": a GPT name holds at most 36 characters");
            }
            for (Placed q : out) {
                if (first <= q.lastLba && q.firstLba <= last) {
                    throw new TableFormatException(where + " overlaps " + q.name);
                }
            }
            out.add(new Placed(name, first, last));
        }
        return out;
    }

    static Region userRegion(Layout layout) {
        return layout.partitions().stream().map(Partition::region).filter(Region::isUserArea).findFirst()
                .orElse(Region.EMMC_USER);
    }

    private record Placed(String name, long firstLba, long lastLba) {
    }
}
