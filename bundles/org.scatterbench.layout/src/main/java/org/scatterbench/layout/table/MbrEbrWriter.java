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
        Assignment plan = assign(layout, ebrs, listed);
        List<Partition> logical = plan.logical;
        List<Partition> primaries = plan.primaries;
        byte[] mbrSector = new byte[512];
        int slot = 0;
        List<TableWrite> writes = new ArrayList<>();
        if (!logical.isEmpty()) {
            long extStart = plan.ebrOffsets.get(0) / 512;
            long extEnd = logical.get(logical.size() - 1).end() / 512;
            for (long off : plan.ebrOffsets) {
                extEnd = Math.max(extEnd, off / 512 + 1);
            }
            new DosEntry(DosEntry.EXTENDED_CHS, extStart, extEnd - extStart).write(mbrSector, slot++);
            for (int i = 0; i < logical.size(); i++) {
                long ebrLba = plan.ebrOffsets.get(i) / 512;
                Partition data = logical.get(i);
                byte[] s = new byte[512];
                new DosEntry(DosEntry.LINUX, data.start() / 512 - ebrLba, data.size() / 512).write(s, 0);
                if (i + 1 < logical.size()) {
                    long nextEbr = plan.ebrOffsets.get(i + 1) / 512;
                    long linkEnd = Math.max(nextEbr + 1, logical.get(i + 1).end() / 512);
                    new DosEntry(DosEntry.EXTENDED_CHS, nextEbr - extStart, linkEnd - nextEbr).write(s, 1);
                }
                sign(s);
                writes.add(new TableWrite(new ByteRange(region, ebrLba * 512, 512), s));
            }
        }
        for (Partition p : primaries) {
            new DosEntry(DosEntry.LINUX, p.start() / 512, p.size() / 512).write(mbrSector, slot++);
        }
        sign(mbrSector);
        writes.add(0, new TableWrite(new ByteRange(region, mbr.start(), 512), mbrSector));
        return writes;
    }

    /** Which listed partitions are logical (and where their EBR sector goes) and which are primary. */
    private record Assignment(List<Partition> logical, List<Long> ebrOffsets, List<Partition> primaries) {
    }

    /**
     * Each EBR slot hosts the first listed partition after it (ptgen: EBR1 for SECRO after the MBR,
     * EBR2.. for SYS after LOGO). Every listed partition from the first hosted one up to the last
     * hosted one is logical too, as the extended partition must be contiguous; so are the earliest
     * of the remaining ones while more than three would be primary (one MBR slot holds the
     * extended partition). A logical partition's EBR sector goes into the nearest EBR slot before
     * it, one sector after another when several share a slot.
     */
    private static Assignment assign(Layout layout, List<Partition> ebrs, List<Partition> listed)
            throws TableFormatException {
        if (ebrs.isEmpty()) {
            if (listed.size() > 4) {
                throw new TableFormatException(layout.source() + ": " + listed.size() + " partitions (" + names(listed)
                        + ") do not fit the 4 MBR slots; the layout needs an EBR");
            }
            return new Assignment(List.of(), List.of(), listed);
        }
        int first = -1;
        int last = -1;
        for (Partition ebr : ebrs) {
            for (int i = 0; i < listed.size(); i++) {
                if (listed.get(i).start() >= ebr.end()) {
                    first = first < 0 ? i : Math.min(first, i);
                    last = Math.max(last, i);
                    break;
                }
            }
        }
        if (first < 0) {
            throw new TableFormatException(layout.source() + ": no file-system partition follows "
                    + ebrs.get(0).name() + ", so the EBR chain would be empty");
        }
        while (listed.size() - (last + 1) + first > 3 && last + 1 < listed.size()) {
            last++;
        }
        if (listed.size() - (last + 1) + first > 3) {
            throw new TableFormatException(layout.source() + ": " + (listed.size() - (last + 1) + first)
                    + " primary partitions do not fit the 3 free MBR slots; the layout needs another EBR");
        }
        List<Partition> primaries = new ArrayList<>(listed.subList(0, first));
        primaries.addAll(listed.subList(last + 1, listed.size()));
        List<Partition> logical = new ArrayList<>(listed.subList(first, last + 1));
        List<Long> offsets = new ArrayList<>();
        java.util.Map<Partition, Integer> used = new java.util.IdentityHashMap<>();
        for (Partition p : logical) {
            Partition host = null;
            for (Partition ebr : ebrs) {
                if (ebr.end() <= p.start()) {
                    host = ebr;
                }
            }
            int n = used.merge(host, 1, Integer::sum) - 1;
            if ((n + 1) * 512L > host.size()) {
                throw new TableFormatException(layout.source() + ": " + host.name() + " has no room for another EBR "
                        + "sector (for " + p.name() + ")");
            }
            offsets.add(host.start() + n * 512L);
        }
        for (int i = 1; i < offsets.size(); i++) {
            if (offsets.get(i) <= offsets.get(i - 1)) {
                throw new TableFormatException(layout.source() + ": the EBR chain for " + names(logical)
                        + " would run backwards");
            }
        }
        return new Assignment(logical, offsets, primaries);
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
