package org.scatterbench.layout.table;

import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.scatterbench.model.Layout;
import org.scatterbench.model.Region;

/**
 * Reads whatever partition table a disk image, readback or table dump carries, and says which
 * one it found. Detection order: a PMT signature at byte 0, a protective MBR or "EFI PART" at
 * LBA 1 (GPT, 512- then 4096-byte sectors), a plain DOS MBR (MBR + EBR chain).
 */
public final class PartitionTables {

    private PartitionTables() {
    }

    public static Layout read(Path file) throws TableFormatException {
        try (SeekableByteChannel ch = Files.newByteChannel(file, StandardOpenOption.READ)) {
            return read(ch, ch.size(), file.getFileName() == null ? file.toString() : file.getFileName().toString());
        } catch (IOException e) {
            throw new TableFormatException(file + ": cannot open: " + e.getMessage(), e);
        }
    }

    public static Layout read(SeekableByteChannel disk, long diskSize) throws TableFormatException {
        return read(disk, diskSize, "disk");
    }

    public static Layout read(SeekableByteChannel channel, long diskSize, String name) throws TableFormatException {
        return read(channel, diskSize, name, Region.EMMC_USER);
    }

    public static Layout read(SeekableByteChannel channel, long diskSize, String name, Region region)
            throws TableFormatException {
        Disk disk = new Disk(channel, diskSize, name);
        return switch (detect(disk)) {
            case GPT -> new GptReader(disk, Math.max(512, gptSectorSize(disk)), region).read();
            case MBR_EBR -> new MbrEbrReader(disk, region).read();
            case PMT -> throw new TableFormatException(name + ": the user area starts with a MediaTek PMT signature "
                    + "(EMMC_BOOT/UFS_BOOT); that table is kept by the DA and must be read from the device");
            default -> throw new TableFormatException(name + ": no partition table found (no 55 AA signature at byte "
                    + "0x1FE, no \"EFI PART\" header at LBA 1)");
        };
    }

    /** The kind of table on the disk, without reading it in full. */
    public static TableKind detect(SeekableByteChannel channel, long diskSize, String name) throws TableFormatException {
        return detect(new Disk(channel, diskSize, name));
    }

    private static TableKind detect(Disk disk) throws TableFormatException {
        if (disk.size() < 512) {
            throw new TableFormatException(disk.name() + ": " + disk.size() + " bytes is too small for any partition "
                    + "table");
        }
        byte[] s0 = disk.read(0, 512, "LBA 0");
        String head = new String(s0, 0, 9, StandardCharsets.US_ASCII);
        if (head.startsWith("EMMC_BOOT") || head.startsWith("UFS_BOOT")) {
            return TableKind.PMT;
        }
        if (gptSectorSize(disk) > 0) {
            return TableKind.GPT;
        }
        if (DosEntry.hasSignature(s0)) {
            for (int slot = 0; slot < 4; slot++) {
                if (DosEntry.read(s0, slot).type() == DosEntry.GPT_PROTECTIVE) {
                    // protective MBR without a readable primary header: the GPT reader tries the backup
                    return TableKind.GPT;
                }
            }
            return TableKind.MBR_EBR;
        }
        return TableKind.NONE;
    }

    /** 512 or 4096 when LBA 1 holds a GPT header at that sector size; 0 when neither does. */
    private static int gptSectorSize(Disk disk) throws TableFormatException {
        for (int size : new int[] { 512, 4096 }) {
            if (disk.size() >= 2L * size && GptReader.hasSignature(disk.read(size, 8, "LBA 1"))) {
                return size;
            }
        }
        return 0;
    }
}
