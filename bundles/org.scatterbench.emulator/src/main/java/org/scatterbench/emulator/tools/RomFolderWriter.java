package org.scatterbench.emulator.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.scatterbench.layout.table.TableEntries;
import org.scatterbench.layout.table.TableFormatException;
import org.scatterbench.layout.table.TableWrite;
import org.scatterbench.model.Layout;
import org.scatterbench.model.Partition;

/**
 * Makes a ROM folder from a scatter: the scatter file itself, byte for byte, and one image per
 * downloadable partition that names a file. Images hold labelled blocks ({@link BlockLabel},
 * origin {@code rom-v1}); the "upgraded" variant labels system, boot, recovery, logo and lk with
 * {@code rom-v2} and keeps every other image identical, as a firmware update does. Partition-table
 * images (MBR, EBR1, pgpt) hold the real table bytes of the layout.
 */
public final class RomFolderWriter {

    /** Partitions an upgrade changes (canonical names). */
    public static final Set<String> UPGRADED = Set.of("system", "boot", "recovery", "logo", "lk");

    private final long imageLimit;

    /** @param imageLimit the largest image written for one partition (images are usually smaller than partitions) */
    public RomFolderWriter(long imageLimit) {
        if (imageLimit < BlockLabel.BLOCK) {
            throw new IllegalArgumentException("image limit below one block: " + imageLimit);
        }
        this.imageLimit = imageLimit;
    }

    /** Writes the folder; returns the image files written, in layout order. */
    public List<Path> write(Path scatter, Layout layout, Path dir, boolean upgraded, long diskSize)
            throws IOException, TableFormatException {
        if (Files.exists(dir)) {
            try (var s = Files.list(dir)) {
                if (s.findAny().isPresent()) {
                    throw new IOException(dir + " is not empty; not writing a ROM into it");
                }
            }
        }
        Files.createDirectories(dir);
        Files.copy(scatter, dir.resolve(scatter.getFileName()));
        List<TableWrite> tables = PhoneImageWriter.tables(layout, TableEntries.kindOf(layout), diskSize);
        Map<String, byte[]> images = new LinkedHashMap<>();
        for (Partition p : layout.partitions()) {
            String file = p.fileName().orElse(null);
            if (file == null || !p.downloadable() || images.containsKey(file)) {
                continue;
            }
            if (file.contains("/") || file.contains("\\") || file.equals("..")) {
                throw new IOException("partition " + p.name() + ": file name " + file + " leaves the ROM folder");
            }
            images.put(file, TableEntries.isTable(p) ? tableImage(p, tables) : labelled(p, upgraded));
        }
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : images.entrySet()) {
            Path f = dir.resolve(e.getKey());
            Files.write(f, e.getValue());
            written.add(f);
        }
        return written;
    }

    private byte[] labelled(Partition p, boolean upgraded) {
        String origin = upgraded && UPGRADED.contains(p.canonicalName()) ? "rom-v2" : "rom-v1";
        long size = p.size() > 0 ? Math.min(p.size(), imageLimit) : imageLimit;
        byte[] b = new byte[(int) size];
        BlockLabel.fill(b, b.length, origin, p.baseName(), 0);
        return b;
    }

    /** The bytes the layout's table puts inside this table partition, from its start to the last one. */
    private static byte[] tableImage(Partition p, List<TableWrite> tables) {
        long end = p.start();
        for (TableWrite w : tables) {
            if (w.range().region().equals(p.region()) && w.range().start() >= p.start() && w.range().start() < p.end()) {
                end = Math.max(end, Math.min(w.range().end(), p.end()));
            }
        }
        byte[] img = new byte[(int) Math.max(512, end - p.start())];
        for (TableWrite w : tables) {
            if (w.range().region().equals(p.region()) && w.range().start() >= p.start() && w.range().start() < p.end()) {
                int off = (int) (w.range().start() - p.start());
                int n = (int) Math.min(w.bytes().length, img.length - off);
                System.arraycopy(w.bytes(), 0, img, off, n);
            }
        }
        return img;
    }
}
