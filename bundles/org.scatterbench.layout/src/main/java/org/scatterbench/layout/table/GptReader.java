package org.scatterbench.layout.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * Reads a GPT into a Layout. Both header CRCs and both entry-array CRCs are checked; a damaged
 * primary falls back to the backup (as firmware does), but only when the backup is intact, and
 * the failure of both is reported with the LBA and the stored and computed CRCs.
 *
 * <p>The resulting layout lists the GPT's own areas as {@code pgpt} and {@code sgpt} (so a diff
 * against a scatter matches them as tables) followed by the entries in table order.
 */
final class GptReader {

    private final Disk disk;
    private final int sectorSize;
    private final Region region;

    GptReader(Disk disk, int sectorSize, Region region) {
        this.disk = disk;
        this.sectorSize = sectorSize;
        this.region = region;
    }

    /** True when LBA 1 carries the "EFI PART" signature. */
    static boolean hasSignature(byte[] sector) {
        return sector.length >= 8 && new String(sector, 0, 8, StandardCharsets.US_ASCII).equals("EFI PART");
    }

    Layout read() throws TableFormatException {
        long lastLba = disk.size() / sectorSize - 1;
        Header primary;
        try {
            primary = header(1, "primary GPT header");
            List<Entry> entries = entries(primary, "primary GPT entries");
            return toLayout(primary, entries);
        } catch (TableFormatException primaryFailure) {
            try {
                Header backup = header(lastLba, "backup GPT header");
                List<Entry> entries = entries(backup, "backup GPT entries");
                return toLayout(backup, entries);
            } catch (TableFormatException backupFailure) {
                throw new TableFormatException(primaryFailure.getMessage() + "; the backup GPT is no better: "
                        + backupFailure.getMessage(), primaryFailure);
            }
        }
    }

    private Header header(long lba, String what) throws TableFormatException {
        byte[] h = disk.read(lba * sectorSize, sectorSize, what);
        String where = String.format("%s: %s at LBA %d", disk.name(), what, lba);
        if (!hasSignature(h)) {
            throw new TableFormatException(where + " has no \"EFI PART\" signature");
        }
        int size = (int) Le.u32(h, 12);
        if (size < GptWriter.HEADER_SIZE || size > sectorSize) {
            throw new TableFormatException(where + " states an impossible header size " + size);
        }
        long stored = Le.u32(h, 16);
        byte[] copy = h.clone();
        Le.put32(copy, 16, 0);
        long computed = Le.crc32(copy, 0, size);
        if (stored != computed) {
            throw new TableFormatException(String.format("%s: bad header CRC32 (stored 0x%08X, computed 0x%08X)",
                    where, stored, computed));
        }
        Header r = new Header(Le.u64(h, 24), Le.u64(h, 32), Le.u64(h, 40), Le.u64(h, 48), Le.u64(h, 72), (int) Le.u32(h, 80),
                (int) Le.u32(h, 84), Le.u32(h, 88));
        if (r.myLba != lba) {
            throw new TableFormatException(where + " says it lives at LBA " + r.myLba);
        }
        if (r.entrySize < 128 || r.entrySize % 8 != 0 || r.entryCount < 0 || r.entryCount > 4096) {
            throw new TableFormatException(where + " states " + r.entryCount + " entries of " + r.entrySize + " bytes");
        }
        return r;
    }

    private List<Entry> entries(Header h, String what) throws TableFormatException {
        int length = h.entryCount * h.entrySize;
        byte[] a = disk.read(h.entriesLba * sectorSize, length, what);
        long computed = Le.crc32(a, 0, length);
        if (computed != h.entriesCrc) {
            throw new TableFormatException(String.format("%s: %s at LBA %d: bad entry-array CRC32 (stored 0x%08X, "
                    + "computed 0x%08X)", disk.name(), what, h.entriesLba, h.entriesCrc, computed));
        }
        List<Entry> out = new ArrayList<>();
        for (int i = 0; i < h.entryCount; i++) {
            int off = i * h.entrySize;
            if (Guids.isZero(a, off)) {
                continue;
            }
            long first = Le.u64(a, off + 32);
            long last = Le.u64(a, off + 40);
            String name = new String(a, off + 56, 72, StandardCharsets.UTF_16LE);
            int nul = name.indexOf('\0');
            name = nul >= 0 ? name.substring(0, nul) : name;
            if (name.isBlank()) {
                name = "p" + (i + 1);
            }
            if (last < first || first < h.firstUsable || last > h.lastUsable) {
                throw new TableFormatException(String.format("%s: %s: entry %d (%s) spans LBA %d..%d outside the "
                        + "usable LBAs %d..%d", disk.name(), what, i + 1, name, first, last, h.firstUsable,
                        h.lastUsable));
            }
            out.add(new Entry(name, first, last));
        }
        return out;
    }

    private Layout toLayout(Header h, List<Entry> entries) throws TableFormatException {
        // the headers, not the file, say how big the disk is: a pgpt dump is smaller than the disk
        long sectors = Math.addExact(Math.max(h.myLba, h.altLba), 1);
        long diskSize = Math.multiplyExact(sectors, (long) sectorSize);
        long entrySectors = ((long) h.entryCount * h.entrySize + sectorSize - 1) / sectorSize;
        List<Partition> parts = new ArrayList<>();
        int index = 0;
        parts.add(table("pgpt", index++, 0, (2 + entrySectors) * sectorSize));
        for (Entry e : entries) {
            parts.add(Partition.builder(e.name).index(index++).storage(storage()).region(region)
                    .start(Math.multiplyExact(e.first, (long) sectorSize))
                    .size(Math.multiplyExact(e.last - e.first + 1, (long) sectorSize)).build());
        }
        long sgptStart = (sectors - 1 - entrySectors) * sectorSize;
        parts.add(table("sgpt", index, sgptStart, diskSize - sgptStart));
        return new Layout(disk.name(), "", storage(), 0, parts, Map.of(region, diskSize));
    }

    private Partition table(String name, int index, long start, long size) {
        return Partition.builder(name).index(index).storage(storage()).region(region).start(start).size(size)
                .downloadable(false).upgradable(false).operation(OperationType.INVISIBLE).type("NONE").build();
    }

    private Storage storage() {
        return region.name().startsWith("UFS") ? Storage.UFS : Storage.EMMC;
    }

    private record Header(long myLba, long altLba, long firstUsable, long lastUsable, long entriesLba, int entryCount,
            int entrySize, long entriesCrc) {
    }

    private record Entry(String name, long first, long last) {
    }
}
