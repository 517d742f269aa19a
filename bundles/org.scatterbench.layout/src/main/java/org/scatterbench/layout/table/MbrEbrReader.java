package org.scatterbench.layout.table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;

/**
 * Reads a DOS MBR and its EBR chain (MT6575..MT6592 era) into a Layout.
 *
 * <p>DOS tables carry no names, and MediaTek's MBR/EBR list only the file-system partitions
 * (SEC_RO, ANDROID, CACHE, USRDATA, FAT); the raw partitions between them (NVRAM, PROTECT_F,
 * UBOOT, ...) are known only to the PMT. So the partitions are named as Linux numbers them
 * ({@code p1..p4} primary, {@code p5..} logical), the tables themselves appear as {@code MBR} and
 * {@code EBR1..n}, and every stretch of the user area the tables do not describe is listed as a
 * PROTECTED {@code UNLISTED_n} entry: whatever lives there is unknown, so the planner must never
 * write over it while claiming to keep data.
 */
final class MbrEbrReader {

    private static final int MAX_LOGICAL = 64;

    private final Disk disk;
    private final Region region;

    MbrEbrReader(Disk disk, Region region) {
        this.disk = disk;
        this.region = region;
    }

    Layout read() throws TableFormatException {
        byte[] mbr = disk.read(0, 512, "MBR");
        if (!DosEntry.hasSignature(mbr)) {
            throw new TableFormatException(disk.name() + ": MBR at LBA 0 has no 55 AA signature");
        }
        List<Partition> parts = new ArrayList<>();
        parts.add(entry("MBR", 0, 512, true));
        List<Partition> listed = new ArrayList<>();
        DosEntry extended = null;
        for (int slot = 0; slot < 4; slot++) {
            DosEntry e = DosEntry.read(mbr, slot);
            if (e.isEmpty()) {
                continue;
            }
            if (e.isExtended()) {
                if (extended != null) {
                    throw new TableFormatException(disk.name() + ": MBR at LBA 0 has two extended partitions");
                }
                extended = e;
                continue;
            }
            listed.add(dataPartition("p" + (slot + 1), e.startLba(), e.sectors(), "MBR slot " + (slot + 1)));
        }
        if (extended != null) {
            readChain(extended, parts, listed);
        }
        parts.addAll(listed);
        parts.sort((a, b) -> Long.compare(a.start(), b.start()));
        checkOverlaps(parts);
        List<Partition> withGaps = fillGaps(parts);
        List<Partition> indexed = new ArrayList<>();
        for (int i = 0; i < withGaps.size(); i++) {
            indexed.add(withGaps.get(i).toBuilder().index(i).build());
        }
        return new Layout(disk.name(), "", Storage.EMMC, 0, indexed, Map.of(region, disk.size()));
    }

    private void readChain(DosEntry extended, List<Partition> tables, List<Partition> listed)
            throws TableFormatException {
        long base = extended.startLba();
        long ebrLba = base;
        Set<Long> seen = new HashSet<>();
        int logical = 5;
        for (int n = 1; ; n++) {
            if (!seen.add(ebrLba) || n > MAX_LOGICAL) {
                throw new TableFormatException(String.format("%s: the EBR chain loops back to LBA %d", disk.name(),
                        ebrLba));
            }
            String what = "EBR" + n;
            byte[] ebr = disk.read(Math.multiplyExact(ebrLba, 512L), 512, what);
            if (!DosEntry.hasSignature(ebr)) {
                throw new TableFormatException(String.format("%s: %s at LBA %d has no 55 AA signature", disk.name(),
                        what, ebrLba));
            }
            tables.add(entry(what, ebrLba * 512, 512, true));
            DosEntry data = DosEntry.read(ebr, 0);
            DosEntry link = DosEntry.read(ebr, 1);
            if (!data.isEmpty()) {
                listed.add(dataPartition("p" + logical++, ebrLba + data.startLba(), data.sectors(),
                        what + " at LBA " + ebrLba));
            }
            if (link.isEmpty()) {
                return;
            }
            if (!link.isExtended()) {
                throw new TableFormatException(String.format("%s: %s at LBA %d: second entry has type 0x%02X, "
                        + "expected a link (0x05)", disk.name(), what, ebrLba, link.type()));
            }
            ebrLba = base + link.startLba();
        }
    }

    private Partition dataPartition(String name, long lba, long sectors, String where) throws TableFormatException {
        long start = Math.multiplyExact(lba, 512L);
        long size = Math.multiplyExact(sectors, 512L);
        if (Math.addExact(start, size) > disk.size()) {
            throw new TableFormatException(String.format("%s: %s: partition %s (LBA %d, %d sectors) ends beyond the "
                    + "disk", disk.name(), where, name, lba, sectors));
        }
        return entry(name, start, size, false);
    }

    private Partition entry(String name, long start, long size, boolean table) {
        Partition.Builder b = Partition.builder(name).storage(Storage.EMMC).region(region).start(start).size(size);
        if (table) {
            b.downloadable(false).upgradable(false).operation(OperationType.INVISIBLE).type("NONE");
        }
        return b.build();
    }

    private void checkOverlaps(List<Partition> sorted) throws TableFormatException {
        for (int i = 1; i < sorted.size(); i++) {
            Partition a = sorted.get(i - 1);
            Partition b = sorted.get(i);
            if (b.start() < a.end()) {
                throw new TableFormatException(String.format("%s: %s (0x%X..0x%X) overlaps %s (0x%X..0x%X)",
                        disk.name(), a.name(), a.start(), a.end(), b.name(), b.start(), b.end()));
            }
        }
    }

    private List<Partition> fillGaps(List<Partition> sorted) {
        List<Partition> out = new ArrayList<>();
        long pos = 0;
        int n = 1;
        for (Partition p : sorted) {
            if (p.start() > pos) {
                out.add(unlisted(n++, pos, p.start() - pos));
            }
            out.add(p);
            pos = Math.max(pos, p.end());
        }
        if (pos < disk.size()) {
            out.add(unlisted(n, pos, disk.size() - pos));
        }
        return out;
    }

    private Partition unlisted(int n, long start, long size) {
        return Partition.builder("UNLISTED_" + n).storage(Storage.EMMC).region(region).start(start).size(size)
                .downloadable(false).upgradable(false).operation(OperationType.PROTECTED).type("NONE").build();
    }
}
