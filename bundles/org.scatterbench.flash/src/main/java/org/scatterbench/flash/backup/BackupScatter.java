package org.scatterbench.flash.backup;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.scatterbench.model.ByteRange;
import org.scatterbench.model.Layout;
import org.scatterbench.model.OperationType;
import org.scatterbench.model.Partition;
import org.scatterbench.model.Storage;
import org.scatterbench.scatter.ScatterConversionException;
import org.scatterbench.scatter.ScatterConverter;
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
        List<Partition> parts = new ArrayList<>();
        for (BackupEntry e : entries) {
            ByteRange r = e.range();
            parts.add(Partition.builder(e.name()).region(r.region()).start(r.start()).size(r.length())
                    .fileName(e.file()).storage(storage)
                    .operation(r.region().isBootArea() ? OperationType.BOOTLOADERS : OperationType.UPDATE).build());
        }
        ScatterDocument doc;
        try {
            doc = ScatterConverter.fromLayout(new Layout("backup scatter", platform, storage, 0x20000, parts, Map.of()),
                    "scatterbench-backup");
        } catch (ScatterConversionException ex) {
            throw new BackupException("the backup cannot be described as a scatter: " + ex.getMessage(), ex);
        }
        List<BackupEntry> back = entries(doc.layout());
        if (!back.equals(entries)) {
            throw new BackupException("the backup scatter does not read back as written (" + back.size() + " of "
                    + entries.size() + " entries); not keeping a backup Scatterbench could not restore");
        }
        return new String(doc.toBytes(), StandardCharsets.UTF_8);
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
}
