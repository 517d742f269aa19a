package org.scatterbench.layout.table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;

/**
 * Turns an MBR-era Layout into the DOS tables that its {@code MBR} and {@code EBR1..n} entries hold.
 *
 * <p>Which partitions the tables list follows the ALPS generator's scheme (FLASH-SEMANTICS 2.1):
 * only the file-system partitions (SEC_RO, ANDROID, CACHE, USRDATA, FAT, or any partition whose
 * scatter type is a file-system image) are listed. Each EBR describes the first listed partition
 * that follows it; the MBR holds the extended partition (spanning the EBRs and their logical
 * partitions) in slot 1 and the remaining listed partitions as primaries. Each write is the one
 * 512-byte table sector; the rest of the 512 KiB MBR/EBR slot is left alone.
 */
public final class MbrEbrWriter {

    private static final Set<String> FILE_SYSTEM_NAMES = Set.of("secro", "system", "cache", "userdata", "fat");
    private static final Set<String> FILE_SYSTEM_TYPES = Set.of("YAFFS_IMG", "EXT4_IMG", "UBI_IMG", "FAT");
    private static final long MAX_LBA = 0xFFFFFFFFL;

    public List<TableWrite> write(Layout layout) throws TableFormatException {
        Partition mbr = layout.partitions().stream().filter(p -> p.canonicalName().equals("mbr")).findFirst()
                .orElseThrow(() -> new TableFormatException(layout.source() + ": the layout has no MBR entry"));
        Region region = mbr.region();
        List<Partition> ebrs = new ArrayList<>();
        List<Partition> listed = new ArrayList<>();
        for (Partition p : layout.partitions()) {
            if (!p.region().equals(region) || p.isEndRelative()) {
                continue;
            }
            if (TableEntries.isEbr(p)) {
                ebrs.add(p);
            } else if (isListed(p)) {
                listed.add(p);
            }
        }
        ebrs.sort(Comparator.comparingLong(Partition::start));
        listed.sort(Comparator.comparingLong(Partition::start));
        for (Partition p : concat(List.of(mbr), ebrs, listed)) {
            if (p.start() % 512 != 0 || p.size() % 512 != 0) {
                throw new TableFormatException(String.format("%s: partition %s at 0x%X+0x%X is not aligned to 512-byte "
                        + "sectors", layout.source(), p.name(), p.start(), p.size()));
            }
            if (p.end() / 512 > MAX_LBA) {
                throw new TableFormatException(String.format("%s: partition %s ends at 0x%X, beyond what a DOS table "
                        + "can address (2 TiB)", layout.source(), p.name(), p.end()));
            }
        }
        List<Partition> logical = new ArrayList<>();
        List<Partition> remaining = new ArrayList<>(listed);
        for (Partition ebr : ebrs) {
            Partition next = remaining.stream().filter(p -> p.start() >= ebr.end()).findFirst().orElseThrow(
                    () -> new TableFormatException(layout.source() + ": " + ebr.name()
                            + " has no file-system partition after it to describe"));
            remaining.remove(next);
            logical.add(next);
        }
        int primarySlots = ebrs.isEmpty() ? 4 : 3;
        if (remaining.size() > primarySlots) {
            throw new TableFormatException(layout.source() + ": " + remaining.size() + " primary partitions ("
                    + names(remaining) + ") do not fit the " + primarySlots + " free MBR slots; the layout needs "
                    + "another EBR");
        }
        byte[] mbrSector = new byte[512];
        int slot = 0;
        long extStart = 0;
        if (!ebrs.isEmpty()) {
            extStart = ebrs.get(0).start() / 512;
            long extEnd = Math.max(ebrs.get(ebrs.size() - 1).end(), logical.get(logical.size() - 1).end()) / 512;
            for (Partition p : remaining) {
                if (p.start() / 512 < extEnd && p.end() / 512 > extStart) {
                    throw new TableFormatException(layout.source() + ": primary partition " + p.name()
                            + " lies inside the extended partition that holds " + names(logical));
                }
            }
            new DosEntry(DosEntry.EXTENDED_CHS, extStart, extEnd - extStart).write(mbrSector, slot++);
        }
        for (Partition p : remaining) {
            new DosEntry(DosEntry.LINUX, p.start() / 512, p.size() / 512).write(mbrSector, slot++);
        }
        sign(mbrSector);
        List<TableWrite> writes = new ArrayList<>();
        writes.add(new TableWrite(new ByteRange(region, mbr.start(), 512), mbrSector));
        for (int i = 0; i < ebrs.size(); i++) {
            Partition ebr = ebrs.get(i);
            Partition data = logical.get(i);
            byte[] s = new byte[512];
            new DosEntry(DosEntry.LINUX, (data.start() - ebr.start()) / 512, data.size() / 512).write(s, 0);
            if (i + 1 < ebrs.size()) {
                Partition nextEbr = ebrs.get(i + 1);
                long linkEnd = Math.max(nextEbr.end(), logical.get(i + 1).end()) / 512;
                new DosEntry(DosEntry.EXTENDED_CHS, nextEbr.start() / 512 - extStart,
                        linkEnd - nextEbr.start() / 512).write(s, 1);
            }
            sign(s);
            writes.add(new TableWrite(new ByteRange(region, ebr.start(), 512), s));
        }
        return writes;
    }

    /** True for the partitions an MBR-era table lists: the file systems, not the raw partitions. */
    public static boolean isListed(Partition p) {
        return !TableEntries.isTable(p) && p.size() > 0 && (FILE_SYSTEM_NAMES.contains(p.canonicalName())
                || FILE_SYSTEM_TYPES.contains(p.type().toUpperCase(Locale.ROOT)));
    }

    private static void sign(byte[] s) {
        s[510] = 0x55;
        s[511] = (byte) 0xAA;
    }

    @SafeVarargs
    private static List<Partition> concat(List<Partition>... lists) {
        List<Partition> l = new ArrayList<>();
        for (List<Partition> x : lists) {
            l.addAll(x);
        }
        return l;
    }

    private static String names(List<Partition> ps) {
        return String.join(", ", ps.stream().map(Partition::name).toList());
    }
}
