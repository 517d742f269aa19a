package org.scatterbench.flash.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Region;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterDocument;
import org.scatterbench.scatter.ScatterFiles;
import org.scatterbench.scatter.ScatterReadException;

/**
 * The scatter of a backup folder: a V1.1.2 scatter with one downloadable entry per backed-up
 * file at the exact place it came from. It is parsed back through the scatter bundle's reader
 * before it is kept, so a backup whose scatter Scatterbench could not read never exists.
 */
public final class BackupScatter {

    private BackupScatter() {
    }

    /** The file name SP Flash Tool users expect: {@code MT6765_Android_scatter.txt}. */
    public static String fileName(String platform) {
        return (platform.isBlank() ? "MTK" : platform) + "_Android_scatter.txt";
    }

    /** The scatter text for the entries; checked by reading it back. */
    public static String text(String platform, Storage storage, List<BackupEntry> entries) throws BackupException {
        StringBuilder sb = new StringBuilder();
        sb.append("# Scatterbench backup: every entry is a file of this folder, read from the phone at this place.\n");
        sb.append("- general: MTK_PLATFORM_CFG\n  info: \n    - config_version: V1.1.2\n");
        sb.append("      platform: ").append(platform).append('\n');
        sb.append("      project: scatterbench-backup\n");
        sb.append("      storage: ").append(storage.name()).append('\n');
        sb.append("      boot_channel: MSDC_0\n      block_size: 0x20000\n");
        int i = 0;
        for (BackupEntry e : entries) {
            ByteRange r = e.range();
            sb.append(String.format(Locale.ROOT, "- partition_index: SYS%d%n", i++));
            sb.append("  partition_name: ").append(e.name()).append('\n');
            sb.append("  file_name: ").append(e.file()).append('\n');
            sb.append("  is_download: true\n  type: NORMAL_ROM\n");
            sb.append(String.format(Locale.ROOT, "  linear_start_addr: 0x%X%n  physical_start_addr: 0x%X%n", r.start(),
                    r.start()));
            sb.append(String.format(Locale.ROOT, "  partition_size: 0x%X%n", r.length()));
            sb.append("  region: ").append(scatterRegion(r.region())).append('\n');
            sb.append("  storage: HW_STORAGE_").append(storage.name()).append('\n');
            sb.append("  boundary_check: true\n  is_reserved: false\n");
            sb.append("  operation_type: ").append(r.region().isBootArea() ? "BOOTLOADERS" : "UPDATE").append('\n');
            sb.append("  is_upgradable: true\n  empty_boot_needed: false\n  reserve: 0x00\n\n");
        }
        String text = sb.toString();
        List<BackupEntry> back = entries(parse("backup scatter", text.getBytes(StandardCharsets.UTF_8)).layout());
        if (!back.equals(entries)) {
            throw new BackupException("the backup scatter does not read back as written (" + back.size() + " of "
                    + entries.size() + " entries); not keeping a backup Scatterbench could not restore");
        }
        return text;
    }

    /** The entries a backup scatter lists, in file order. */
    public static List<BackupEntry> entries(Layout layout) throws BackupException {
        List<BackupEntry> l = new ArrayList<>();
        for (Partition p : layout.partitions()) {
            String file = p.fileName().orElseThrow(() -> new BackupException(layout.source() + ": partition "
                    + p.name() + " names no file; this is not a Scatterbench backup scatter"));
            try {
                l.add(new BackupEntry(p.name(), new ByteRange(p.region(), p.start(), p.size()), file));
            } catch (IllegalArgumentException e) {
                throw new BackupException(layout.source() + ": partition " + p.name() + ": " + e.getMessage());
            }
        }
        return l;
    }

    public static ScatterDocument read(Path file) throws BackupException {
        try {
            return ScatterFiles.read(file);
        } catch (ScatterReadException e) {
            throw new BackupException(e.getMessage(), e);
        }
    }

    private static ScatterDocument parse(String name, byte[] content) throws BackupException {
        try {
            return ScatterFiles.parse(name, content);
        } catch (ScatterReadException e) {
            throw new BackupException("the backup scatter cannot be read back: " + e.getMessage(), e);
        }
    }

    private static String scatterRegion(Region r) {
        if (r.equals(Region.EMMC_BOOT1)) {
            return "EMMC_BOOT_1";
        }
        if (r.equals(Region.EMMC_BOOT2)) {
            return "EMMC_BOOT_2";
        }
        return r.name();
    }
}
